package io.dcim.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.DatabaseUnavailableException;
import io.dcim.common.text.Fields;
import io.dcim.identity.user.Principal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/*}: authenticates every call, routes it, and turns the domain's refusals
 * into JSON errors {@code {"error","field","detail"}} with the matching status.
 */
public final class ApiServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(ApiServlet.class);

    private static final long MAX_DISCARDED_BODY = 8L << 20;

    private final transient ApiRequestGuard guard;
    private final transient List<Route> routes = new ArrayList<>();
    private final transient ObjectMapper json = StrictJson.mapper();

    public ApiServlet(io.dcim.web.Services services, java.time.Clock clock) {
        this(services, clock, java.util.Set.of());
    }

    /** @param allowedOrigins other sites whose pages may call the API (DCIM_ALLOWED_ORIGINS) */
    public ApiServlet(io.dcim.web.Services services, java.time.Clock clock, java.util.Set<String> allowedOrigins) {
        this.guard = new ApiRequestGuard(new ApiAuthenticator(services.users(), clock), allowedOrigins);
        new AccountApi(services).register(routes);
        new InventoryApi(services).register(routes);
        new TransferApi(services).register(routes);
        new ReservationApi(services).register(routes);
        new ProcurementApi(services).register(routes);
        new ForecastApi(services).register(routes);
        new PowerApi(services).register(routes);
        new CapacityApi(services).register(routes);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Principal principal = guard.admit(request);
            String[] path = Route.split(request.getPathInfo() == null ? "" : request.getPathInfo());
            Object body = Actor.as(principal.username(), () -> dispatch(request, principal, path));
            if (body instanceof Route.Response custom) {
                write(response, custom.status(), custom.body());
            } else if (body instanceof Route.Download download) {
                response.setStatus(200);
                response.setContentType(download.contentType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
                response.setHeader("Cache-Control", "no-store");
                download.writer().write(response.getOutputStream());
            } else {
                write(response, 200, body);
            }
        } catch (ApiException e) {
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"dcim\", Bearer");
            }
            if (e instanceof RetryLaterException later) {
                response.setHeader("Retry-After", String.valueOf(later.retryAfterSeconds()));
            }
            error(response, e.status(), e.getMessage(), e.field(), null);
        } catch (DomainException e) {
            error(response, status(e), e.getMessage(), e.field(), e.getClass().getSimpleName());
        } catch (ArithmeticException e) {
            error(response, 400, "a number is out of range", null, null);
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.isCause(e)) {
                log.warn("API call {} {}: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
                        e.toString());
                response.setHeader("Retry-After", String.valueOf(DatabaseUnavailableException.RETRY_AFTER_SECONDS));
                error(response, 503, "the database is unreachable; try again shortly", null, null);
                return;
            }
            log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
            error(response, 500, "internal error; see the server log", null, null);
        } finally {
            discardUnreadBody(request);
        }
    }

    /**
     * A call refused before its body was read (401, 403, a bad path) leaves the body in the
     * connection; the server would then close it under a client that is about to reuse it. Reading
     * what is left (up to a limit; beyond it the connection is closed) keeps the connection usable.
     */
    private static void discardUnreadBody(HttpServletRequest request) {
        try {
            byte[] buffer = new byte[8192];
            long left = MAX_DISCARDED_BODY;
            int read;
            while (left > 0 && (read = request.getInputStream().read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // The body was read as characters, or the client went away: nothing is left to keep.
        }
    }

    private Object dispatch(HttpServletRequest request, Principal principal, String[] path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(path);
            if (variables.isPresent()) {
                pathKnown = true;
                if (route.method().equals(request.getMethod())) {
                    return route.handler().handle(new ApiRequest(request, principal, variables.get(), json));
                }
            }
        }
        throw pathKnown
                ? new ApiException(405, null, request.getMethod() + " is not allowed here")
                : new ApiException(404, null, "no such resource: /api/v1/" + String.join("/", path));
    }

    static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException || e instanceof IllegalTransitionException) {
            return 409;
        }
        return 422;
    }

    private void error(HttpServletResponse response, int status, String message, String field, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", Fields.excerptQuoted(message));
        body.put("field", field);
        body.put("detail", detail);
        write(response, status, body);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (body != null) {
            json.writeValue(response.getOutputStream(), body);
        }
    }
}
