package io.dcim.console.layout.error;

import io.dcim.common.persistence.DatabaseUnavailableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import org.apache.wicket.Application;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.IExceptionMapper;
import org.apache.wicket.request.IRequestHandler;

/**
 * The console's answers to refusals and failures, installed in one place: Wicket's access-denied, page-expired and
 * internal-error pages become the console's own ({@link ErrorPage}), mounted under {@code /error/<status>} so that
 * the servlet container's error dispatch (unknown addresses, {@code sendError}) renders them too, and an exception
 * mapper answers 503 ({@link UnavailablePage}) when the database cannot be reached.
 */
public final class ErrorPages {

    /** Where the servlet container forwards its errors: {@code /error/404} and the like. */
    public static final String MOUNT = "/error/";

    private ErrorPages() {
    }

    /**
     * Call from the application's {@code init()}.
     *
     * @param unavailable which failures mean "the database cannot be reached, try again later"; see
     *                    {@link #databaseUnreachable(Throwable)} for the default
     */
    public static void install(WebApplication application, Predicate<Throwable> unavailable) {
        application.getApplicationSettings().setAccessDeniedPage(AccessDeniedPage.class);
        application.getApplicationSettings().setPageExpiredErrorPage(ExpiredPage.class);
        application.getApplicationSettings().setInternalErrorPage(InternalErrorPage.class);
        application.mountPage(MOUNT + "403", AccessDeniedPage.class);
        application.mountPage(MOUNT + "404", NotFoundPage.class);
        application.mountPage(MOUNT + "500", InternalErrorPage.class);
        application.mountPage(MOUNT + "503", UnavailablePage.class);
        application.mountPage(MOUNT + "expired", ExpiredPage.class);
        application.setExceptionMapperProvider(() -> new UnavailableMapper(unavailable));
    }

    public static void install(WebApplication application) {
        install(application, ErrorPages::databaseUnreachable);
    }

    /**
     * True for a failure to get or keep a database connection anywhere in the cause chain: the pool's timeout
     * (a transient connection exception), a refused or closed connection, and Hibernate's wrapper of either.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        if (DatabaseUnavailableException.isCause(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The console's mapping (forged controls are 403), except that an unreachable database is 503, not 500. */
    static final class UnavailableMapper implements IExceptionMapper {

        private final Predicate<Throwable> unavailable;
        private final IExceptionMapper console = new ConsoleExceptionMapper();

        UnavailableMapper(Predicate<Throwable> unavailable) {
            this.unavailable = unavailable;
        }

        @Override
        public IRequestHandler map(Exception e) {
            if (unavailable.test(e) && Application.exists()) {
                return new RenderPageRequestHandler(new PageProvider(UnavailablePage.class),
                        RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT);
            }
            return console.map(e);
        }
    }
}
