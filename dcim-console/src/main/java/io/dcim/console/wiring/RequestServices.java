package io.dcim.console.wiring;

import io.dcim.app.Services;
import jakarta.inject.Inject;
import org.apache.wicket.injection.Injector;

/**
 * The services for the few per-request caches that static formatting code reads (the sites' time zones,
 * the threshold levels): they belong to no component, so they are injected here, once per request.
 * Components never use this: they declare an {@code @Inject Services} field.
 */
public final class RequestServices {

    @Inject
    private Services services;

    private RequestServices() {
        Injector.get().inject(this);
    }

    public static Services get() {
        return new RequestServices().services;
    }
}
