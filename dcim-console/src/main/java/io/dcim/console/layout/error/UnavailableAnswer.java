package io.dcim.console.layout.error;

import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.wicket.Session;
import org.apache.wicket.request.IRequestCycle;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.http.WebResponse;

/**
 * The answer while the database is unreachable: 503 with {@code Retry-After}, and a bare page with the
 * {@link UnavailablePage}'s sentence in the reader's language. Bare because everything in the console's frame may
 * need the database (the signed-in user's name and roles, the session's credential check, even the stylesheet's
 * request); written here rather than through the container's error dispatch, which would render a console page
 * again and fail the same way.
 */
public final class UnavailableAnswer implements IRequestHandler {

    private static final String BUNDLE = ErrorPage.class.getName();

    @Override
    public void respond(IRequestCycle cycle) {
        if (!(cycle.getResponse() instanceof WebResponse response)) {
            return;
        }
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale(cycle),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(UnavailablePage.RETRY_AFTER_SECONDS));
        response.disableCaching();
        response.setContentType("text/html; charset=UTF-8");
        String language = text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().toLanguageTag();
        response.write("<!DOCTYPE html>\n<html lang=\"" + language
                + "\"><head><meta charset=\"UTF-8\"><title>" + text.getString("title.503") + "</title></head>\n<body><h1>"
                + text.getString("title.503") + "</h1>\n<p>" + text.getString("explanation.503") + "</p></body></html>\n");
    }

    /** The session's language when there is a session (it needs no database), else the browser's. */
    private static Locale locale(IRequestCycle cycle) {
        if (Session.exists()) {
            return Session.get().getLocale();
        }
        return cycle.getRequest().getLocale();
    }
}
