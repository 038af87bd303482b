package io.dcim.rest;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.identity.user.Principal;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * What every resource of the API works with: the application's {@link Services}, given at construction, and the
 * caller of the request it is serving, read from the request's {@code SecurityContext} ({@link ApiSecurity}).
 */
public abstract class ApiResource {

    protected final Services services;

    // Resources are singletons: Jersey gives them a proxy that answers for the request under way.
    @Context
    private SecurityContext security;

    protected ApiResource(Services services) {
        this.services = services;
    }

    /** This request's caller, for use cases and their permission checks. */
    protected final Caller caller() {
        return ApiSecurity.caller(security);
    }

    /** This request's user, for calls about themself (their own password). */
    protected final Principal user() {
        return ApiSecurity.user(security);
    }
}
