package io.dcim.rest;

import io.dcim.app.Services;
import org.glassfish.jersey.internal.inject.AbstractBinder;

/**
 * What resources are given at construction: the application's {@link Services}. Per request they read the
 * caller from the request's {@code SecurityContext} ({@link ApiResource#caller}); their query beans and request
 * context come from {@link ResourceParameters}.
 */
final class ServicesBinder extends AbstractBinder {

    private final Services services;

    ServicesBinder(Services services) {
        this.services = services;
    }

    @Override
    protected void configure() {
        bind(services).to(Services.class);
        bind(new ResourceParameters()).to(org.glassfish.jersey.server.spi.internal.ValueParamProvider.class);
    }
}
