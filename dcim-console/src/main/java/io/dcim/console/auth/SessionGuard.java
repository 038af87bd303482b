package io.dcim.console.auth;

import io.dcim.app.config.SessionLimits;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.Session;
import org.apache.wicket.core.request.handler.IPageRequestHandler;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * Checks the signed-in session at every request, before anything runs: a page's links and
 * forms run on a page already built, where the page's role annotations are no longer asked,
 * so a disabled user's open page would otherwise still act. An ended session goes to the
 * sign-in page (resources such as stylesheets are still served).
 *
 * <p>Once per request, at the handler the address names: the handlers that follow in the same
 * request are the application's own answer to it (the page a link goes to, the sign-in page, the
 * answer to a failure). Checking those again would ask the database again while answering that
 * the database is unreachable, fail again, and after Wicket's retries fall through to the
 * container's 404.
 */
public final class SessionGuard implements IRequestCycleListener {

    private static final MetaDataKey<Boolean> CHECKED = new MetaDataKey<>() {
    };

    private final SessionLimits limits;

    public SessionGuard(SessionLimits limits) {
        this.limits = limits;
    }

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        if (Boolean.TRUE.equals(cycle.getMetaData(CHECKED))) {
            return;
        }
        cycle.setMetaData(CHECKED, Boolean.TRUE);
        if (!Session.exists() || !(Session.get() instanceof DcimSession session) || session.stillValid(limits)) {
            return;
        }
        // The pages of the ended session go with it: none of them can be acted on again.
        session.invalidate();
        IRequestHandler actual = handler;
        while (actual instanceof IRequestHandlerDelegate delegate) {
            actual = delegate.getDelegateHandler();
        }
        if (actual instanceof IPageRequestHandler) {
            throw new RestartResponseException(SignInPage.class);
        }
    }
}
