package io.dcim.console.layout.error;

import org.apache.wicket.Application;
import org.apache.wicket.DefaultExceptionMapper;
import org.apache.wicket.core.request.handler.ComponentNotFoundException;
import org.apache.wicket.core.request.handler.PageAndComponentProvider;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.request.IRequestHandler;

/**
 * How the console answers what went wrong while serving a request. A call to a control the page
 * did not build for this user (hidden from their role, as a forged listener URL names it) gets
 * the access-denied page with 403, as Wicket already answers a control that is there but not
 * usable (ListenerInvocationNotAllowedException, UnauthorizedActionException). Wicket's default
 * answered 500, as if the server had failed. Nothing runs either way.
 */
class ConsoleExceptionMapper extends DefaultExceptionMapper {

    @Override
    protected IRequestHandler mapExpectedExceptions(Exception e, Application application) {
        if (namesAControlNotOnThePage(e)) {
            return createPageRequestHandler(new PageProvider(application.getApplicationSettings().getAccessDeniedPage()));
        }
        return super.mapExpectedExceptions(e, application);
    }

    /**
     * The listener URL's component path does not lead to a component of the page: none there
     * (ComponentNotFoundException), or the path runs through a component that has no children,
     * such as the label a role sees where others get a form (Wicket's Component.get refuses that
     * with an IllegalArgumentException while resolving the path).
     */
    private static boolean namesAControlNotOnThePage(Exception e) {
        if (e instanceof ComponentNotFoundException) {
            return true;
        }
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(PageAndComponentProvider.class.getName())
                    && frame.getMethodName().equals("getComponent")) {
                return true;
            }
        }
        return false;
    }
}
