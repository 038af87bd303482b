package io.dcim.web.rest;

import io.dcim.common.access.Caller;
import io.dcim.identity.user.Principal;
import io.dcim.web.Services;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * What resources are given: the application's {@link Services}, and per request the {@link Caller}
 * (and, for the calls about the user themself, the {@link Principal}).
 */
final class CallerBinder extends AbstractBinder {

    private final Services services;

    CallerBinder(Services services) {
        this.services = services;
    }

    @Override
    protected void configure() {
        bind(services).to(Services.class);
        bindFactory(CallerFromRequest.class).to(Caller.class).in(RequestScoped.class);
        bindFactory(PrincipalFromRequest.class).to(Principal.class).in(RequestScoped.class);
    }

    /** What the authentication filter put on the request under {@code property}. */
    private abstract static class FromRequest<T> implements Supplier<T> {

        @Inject
        private Provider<ContainerRequest> request;

        T get(String property, Class<T> type) {
            Object value = request.get().getProperty(property);
            if (value == null) {
                throw new ApiException(401, null, "this call needs a signed-in caller");
            }
            return type.cast(value);
        }
    }

    static final class CallerFromRequest extends FromRequest<Caller> {
        @Override
        public Caller get() {
            return get(ApiAuthenticationFilter.CALLER, Caller.class);
        }
    }

    static final class PrincipalFromRequest extends FromRequest<Principal> {
        @Override
        public Principal get() {
            return get(ApiAuthenticationFilter.PRINCIPAL, Principal.class);
        }
    }
}
