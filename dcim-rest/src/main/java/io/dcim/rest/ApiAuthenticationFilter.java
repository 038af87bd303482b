package io.dcim.rest;

import io.dcim.common.access.Caller;
import io.dcim.common.audit.Actor;
import io.dcim.common.error.Message;
import io.dcim.identity.user.Principal;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import io.dcim.power.remote.CollectorFacade;
import io.dcim.power.remote.CollectorIdentity;
import io.dcim.power.remote.RemoteCollectors;
import java.util.Set;

/**
 * Who is calling (HTTP Basic or an API token, {@link ApiAuthenticator}): refused with 401 (or
 * 429 when the address must wait) before the call is matched, so an unknown address tells a
 * stranger nothing. The {@link Caller} (user, permissions) is kept on the request (its
 * {@link ApiSecurity}) and the user as the audit {@link Actor} of whatever the call changes. The OpenAPI document needs no sign-in.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class ApiAuthenticationFilter implements ContainerRequestFilter {

    static final String CALLER = "dcim.caller";

    /** Describe the API, hold no data: readable without credentials (the README says why). */
    static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "openapi.yaml");

    /** The remote collector whose own token the request carried ({@code CollectorIdentity}), if it did. */
    static final String COLLECTOR = "dcim.collector";
    /** The only calls a collector's token may make: its own targets, pushes and heartbeat. */
    static final String COLLECTOR_PATHS = "collectors/self/";

    private final ApiAuthenticator authenticator;
    private final java.util.function.Function<String, java.util.Optional<CollectorIdentity>> collectors;

    ApiAuthenticationFilter(ApiAuthenticator authenticator) {
        this(authenticator, token -> java.util.Optional.empty());
    }

    ApiAuthenticationFilter(ApiAuthenticator authenticator,
                            java.util.function.Function<String, java.util.Optional<CollectorIdentity>> collectors) {
        this.authenticator = authenticator;
        this.collectors = collectors;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        HttpServletRequest request = RestServlet.request(context);
        if ("GET".equals(context.getMethod()) && PUBLIC_PATHS.contains(context.getUriInfo().getPath())) {
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer " + RemoteCollectors.TOKEN_PREFIX, 0,
                7 + RemoteCollectors.TOKEN_PREFIX.length())) {
            collector(context, request, authorization.substring(7).trim());
            return;
        }
        Principal principal = authenticator.authenticate(request.getHeader("Authorization"), request.getRemoteAddr())
                .orElseThrow(() -> new ApiException(401, null, Message.of("rest.auth.required")));
        // Use cases that word something for the caller (a refusal, a report) do so in the asked language.
        Caller caller = principal.caller(ApiLanguage.of(context.getHeaderString("Accept-Language")));
        context.setProperty(CALLER, caller);
        context.setSecurityContext(new ApiSecurity(caller, principal, request.isSecure()));
        Actor.set(principal.username());
    }

    /**
     * A remote collector's own token: the caller holds collector.push only, and may call nothing but
     * {@code collectors/self/...} (403 elsewhere, whatever the call would need).
     */
    private void collector(ContainerRequestContext context, HttpServletRequest request, String token) {
        CollectorIdentity self = collectors.apply(token)
                .orElseThrow(() -> new ApiException(401, null, Message.of("rest.auth.required")));
        if (!context.getUriInfo().getPath().startsWith(COLLECTOR_PATHS)) {
            throw new ApiException(403, null, Message.of("rest.collector.selfOnly"));
        }
        Caller caller = CollectorFacade.callerOf(self, ApiLanguage.of(context.getHeaderString("Accept-Language")));
        context.setProperty(CALLER, caller);
        context.setProperty(COLLECTOR, self);
        context.setSecurityContext(new ApiSecurity(caller, null, request.isSecure()));
        Actor.set(caller.username());
    }
}
