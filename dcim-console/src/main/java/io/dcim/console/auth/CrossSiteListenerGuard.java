package io.dcim.console.auth;

import io.dcim.app.http.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apache.wicket.core.request.handler.ListenerRequestHandler;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;

/**
 * Links, forms and Ajax behaviours run their action when their listener URL is requested,
 * even by a plain GET: a cross-site page could make the browser disable a user or release a
 * reservation with the victim's session. Every listener invocation caused by another site is
 * refused (403) here, in one place; rendering a page from a cross-site link stays allowed.
 * (Wicket's own resource isolation lets cross-site top-level GET navigations through.)
 */
public final class CrossSiteListenerGuard implements IRequestCycleListener {

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        IRequestHandler actual = handler;
        while (actual instanceof IRequestHandlerDelegate delegate) {
            actual = delegate.getDelegateHandler();
        }
        if (actual instanceof ListenerRequestHandler
                && cycle.getRequest().getContainerRequest() instanceof HttpServletRequest http
                && RequestOrigin.isForeign(http, Set.of())) {
            throw new AbortWithHttpErrorCodeException(403, "cross-site request refused");
        }
    }
}
