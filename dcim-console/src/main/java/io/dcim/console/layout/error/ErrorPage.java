package io.dcim.console.layout.error;

import io.dcim.console.home.HomePage;
import io.dcim.console.layout.BasePage;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A refusal or failure inside the console's frame, with the HTTP status it stands for, so that browsers, proxies
 * and scripts read the same answer people do. Open to everyone (no roles: {@code @AuthorizeInstantiation({})}),
 * because it must also answer a visitor who is not signed in; it shows nothing but its sentence.
 */
@AuthorizeInstantiation({})
public abstract class ErrorPage extends BasePage {

    private final int status;
    private final String key;

    protected ErrorPage(int status) {
        this(status, String.valueOf(status));
    }

    /** @param key names the page's title and explanation in the bundle ({@code title.<key>}) */
    protected ErrorPage(int status, String key) {
        super(new PageParameters());
        this.status = status;
        this.key = key;
        add(new Label("explanation", getString("explanation." + key)));
        add(new BookmarkablePageLink<>("home", HomePage.class));
    }

    public int status() {
        return status;
    }

    @Override
    protected String title() {
        return getString("title." + key);
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", String.valueOf(UnavailablePage.RETRY_AFTER_SECONDS));
        }
    }

    @Override
    public boolean isVersioned() {
        return false;
    }

    @Override
    public boolean isErrorPage() {
        return true;
    }
}
