package io.dcim.web.metrics;

import io.dcim.app.config.MetricsAccess;
import io.dcim.common.access.Permission;
import io.dcim.identity.user.Principal;
import io.dcim.identity.user.UserService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /metrics}: the Prometheus text format. With {@link MetricsAccess#TOKEN} (the default) only a
 * bearer API token of a user holding {@code metrics.read}: 401 without one or with a wrong one, 403 for a user
 * without the permission. No HTTP Basic here: a console password in a scrape configuration, checked with
 * bcrypt at every scrape, is the wrong tool. Nothing in the answer is secret: no credentials, no addresses of
 * agents, no user names, and routes are templates.
 */
final class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient PrometheusMeterRegistry registry;
    private final transient DomainGauges domain;
    private final MetricsAccess access;
    private final transient UserService users;

    MetricsServlet(PrometheusMeterRegistry registry, DomainGauges domain, MetricsAccess access, UserService users) {
        this.registry = registry;
        this.domain = domain;
        this.access = access;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (access == MetricsAccess.TOKEN) {
            Optional<Principal> caller = bearer(request.getHeader("Authorization")).flatMap(users::authenticateToken);
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"dcim metrics\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (!caller.get().may(Permission.METRICS_READ)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        domain.refreshIfStale();
        byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
