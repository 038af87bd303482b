package io.dcim.web;

import org.apache.wicket.Application;
import org.apache.wicket.DefaultExceptionMapper;
import org.apache.wicket.core.request.handler.ComponentNotFoundException;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.request.IRequestHandler;

/**
 * How the console answers what went wrong while serving a request. A call to a control the page
 * did not build for this user (hidden from their role, as a forged listener URL names it) gets
 * the access-denied page with 403, as Wicket already answers a control that is there but not
 * usable (ListenerInvocationNotAllowedException, UnauthorizedActionException); Wicket's default
 * answered 500, as if the server had failed. Nothing runs either way.
 */
public class ConsoleExceptionMapper extends DefaultExceptionMapper {

    @Override
    protected IRequestHandler mapExpectedExceptions(Exception e, Application application) {
        if (e instanceof ComponentNotFoundException) {
            return createPageRequestHandler(new PageProvider(application.getApplicationSettings().getAccessDeniedPage()));
        }
        return super.mapExpectedExceptions(e, application);
    }
}
