package io.dcim.rest;

import io.dcim.common.access.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Puts {@code caller.require(permission)} in front of each {@link Requires} method, before its
 * body is read; the refusal ({@code NotPermittedException}) answers 403 through {@link ApiErrors}.
 */
final class RequiredPermissions implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Requires requires = resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires != null) {
            context.register(new Check(requires), Priorities.AUTHORIZATION);
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record Check(Requires requires) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            ((Caller) request.getProperty(ApiAuthenticationFilter.CALLER)).require(requires.value());
        }
    }
}
