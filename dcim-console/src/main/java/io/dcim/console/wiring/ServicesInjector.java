package io.dcim.console.wiring;

import io.dcim.app.Services;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.apache.wicket.Application;
import org.apache.wicket.Component;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.application.IComponentInstantiationListener;
import org.apache.wicket.injection.IFieldValueFactory;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.proxy.IProxyTargetLocator;
import org.apache.wicket.proxy.LazyInitProxyFactory;

/**
 * Gives every component (and any object that asks, through {@code Injector.get().inject(this)}) the
 * application's {@link Services} in its {@code @Inject} fields, so that pages name what they need
 * instead of reaching for a global locator. The value is wicket-ioc's lazy proxy: a page serialized
 * into the page store carries only the small locator below, and finds the running application's
 * services again when it is read back.
 */
public final class ServicesInjector extends Injector implements IComponentInstantiationListener {

    private static final MetaDataKey<Services> SERVICES = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    private final IFieldValueFactory fields = new ServicesFields();

    private ServicesInjector() {
    }

    /** Binds the injector to {@code application}, which then injects {@code services} into its components. */
    public static void install(Application application, Services services) {
        application.setMetaData(SERVICES, services);
        ServicesInjector injector = new ServicesInjector();
        injector.bind(application);
        application.getComponentInstantiationListeners().add(injector);
    }

    @Override
    public void inject(Object object) {
        inject(object, fields);
    }

    @Override
    public void onInstantiation(Component component) {
        inject(component);
    }

    private static final class ServicesFields implements IFieldValueFactory {

        private final Object proxy = LazyInitProxyFactory.createProxy(Services.class, new RunningServices());

        @Override
        public boolean supportsField(Field field) {
            return field.isAnnotationPresent(Inject.class);
        }

        @Override
        public Object getFieldValue(Field field, Object fieldOwner) {
            if (field.getType() != Services.class) {
                throw new IllegalStateException(fieldOwner.getClass().getName() + "." + field.getName()
                        + ": only " + Services.class.getSimpleName() + " is injected into the console");
            }
            return proxy;
        }
    }

    /** Finds the services of the application the current request runs in. */
    private static final class RunningServices implements IProxyTargetLocator {

        private static final long serialVersionUID = 1L;

        @Override
        public Object locateProxyTarget() {
            return Application.get().getMetaData(SERVICES);
        }
    }
}
