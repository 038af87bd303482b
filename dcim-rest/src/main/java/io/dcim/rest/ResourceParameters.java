package io.dcim.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Resource methods' {@code @BeanParam} and {@code @Context} parameters given without the injection container,
 * which Jersey asks for each of them on every call: the JFR profile of {@code GET /gpus?size=500} showed that at
 * 5 % of the request thread's time (issue #11, the API's cost per call).
 * <ul>
 * <li>A query bean ({@link Paging}, a list's filter) is filled by a reader made once per bean class: its
 * constructor and fields as method handles, each field's value converted by {@link QueryParameters} as a lone
 * {@code @QueryParam} of that type would be (same refusals, same field names). A bean with anything but scalar
 * {@code @QueryParam} fields is left to Jersey.</li>
 * <li>{@code @Context ContainerRequestContext} is the request itself, {@code @Context UriInfo} its URI; other
 * context types are left to Jersey.</li>
 * </ul>
 */
final class ResourceParameters implements ValueParamProvider {

    private final QueryParameters converters = new QueryParameters();
    private final ClassValue<Function<ContainerRequest, Object>> readers = new ClassValue<>() {
        @Override
        protected Function<ContainerRequest, Object> computeValue(Class<?> type) {
            return reader(type);
        }
    };

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() == Parameter.Source.BEAN_PARAM) {
            return readers.get(parameter.getRawType());
        }
        if (parameter.getSource() == Parameter.Source.CONTEXT) {
            if (parameter.getRawType() == ContainerRequestContext.class) {
                return request -> request;
            }
            if (parameter.getRawType() == UriInfo.class) {
                return ContainerRequest::getUriInfo;
            }
        }
        return null;
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }

    /** Null when the bean is not one this reader can fill. */
    private Function<ContainerRequest, Object> reader(Class<?> type) {
        MethodHandles.Lookup lookup;
        MethodHandle constructor;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
        List<FieldReader> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            QueryParam query = field.getAnnotation(QueryParam.class);
            ParamConverter<?> converter = query == null ? null
                    : converters.getConverter(field.getType(), field.getGenericType(), field.getAnnotations());
            if (converter == null) {
                return null;
            }
            try {
                fields.add(new FieldReader(query.value(), converter, lookup.unreflectSetter(field)));
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return request -> fill(constructor, fields, request.getUriInfo().getQueryParameters());
    }

    private static Object fill(MethodHandle constructor, List<FieldReader> fields, MultivaluedMap<String, String> query) {
        try {
            Object bean = constructor.invoke();
            for (FieldReader field : fields) {
                String value = query.getFirst(field.name());
                if (value != null) {
                    field.setter().invoke(bean, field.converter().fromString(value));
                }
            }
            return bean;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private record FieldReader(String name, ParamConverter<?> converter, MethodHandle setter) {
    }
}
