package io.dcim.console.wiring;

import io.dcim.app.Services;
import jakarta.inject.Inject;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.danekja.java.util.function.serializable.SerializableSupplier;

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

    /**
     * The reference a page links to and the application mounts: each request gets a fresh resource (it holds the
     * injected services, not state of its own). Links keep the reference in their page, so the maker is serializable.
     */
    protected static ResourceReference reference(Class<? extends ServicesResource> scope, String name,
            SerializableSupplier<IResource> resource) {
        return new ResourceReference(scope, name) {
            @Override
            public IResource getResource() {
                return resource.get();
            }
        };
    }
}
