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

    private final ApiAuthenticator authenticator;

    ApiAuthenticationFilter(ApiAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        HttpServletRequest request = RestServlet.request(context);
        if ("GET".equals(context.getMethod()) && PUBLIC_PATHS.contains(context.getUriInfo().getPath())) {
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
}
