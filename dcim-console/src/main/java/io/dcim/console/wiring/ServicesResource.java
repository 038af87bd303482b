package io.dcim.console.wiring;

import io.dcim.app.Services;
import jakarta.inject.Inject;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.resource.AbstractResource;

/**
 * A download or a chart served by the console. Resources are not components, so nothing injects
 * them when they are made: this base asks the injector itself, and subclasses reach the services
 * as components do.
 */
public abstract class ServicesResource extends AbstractResource {

    @Inject
    private Services services;

    protected ServicesResource() {
        Injector.get().inject(this);
    }

    protected final Services services() {
        return services;
    }
}
