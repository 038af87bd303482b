package io.dcim.rest;

import io.dcim.common.access.Caller;
import io.dcim.identity.user.Principal;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The authenticated caller of this request as JAX-RS's {@link SecurityContext}: set by
 * {@link ApiAuthenticationFilter}, read by the resources (singletons, given a per-request proxy)
 * through {@link #caller} and {@link #user}, which {@link ApiResource} asks for them.
 */
public record ApiSecurity(Caller caller, Principal user, boolean secure) implements SecurityContext {

    /** What {@link #getUserPrincipal} answers: the caller, for the resources to take back. */
    record CallerPrincipal(Caller caller, Principal user) implements java.security.Principal {
        @Override
        public String getName() {
            return caller.username();
        }
    }

    /** The request's caller, for use cases and their permission checks. */
    public static Caller caller(SecurityContext security) {
        return ((CallerPrincipal) security.getUserPrincipal()).caller();
    }

    /** The request's user, for calls about themself (their own password). */
    public static Principal user(SecurityContext security) {
        return ((CallerPrincipal) security.getUserPrincipal()).user();
    }

    @Override
    public java.security.Principal getUserPrincipal() {
        return new CallerPrincipal(caller, user);
    }

    /** Permissions, not roles, are what the API checks ({@link Requires}). */
    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Basic or Bearer";
    }
}
