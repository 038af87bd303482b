package io.dcim.console.layout;

import io.dcim.common.error.NotFoundException;
import java.util.function.Supplier;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * What a page is about, named by its URL ({@code ?id=}, {@code ?site=}): found, or the page answers 404, as a
 * bookmark to something since deleted, or never there, should.
 */
public final class Found {

    private Found() {
    }

    /** What {@code read} answers; an object it does not find answers 404. */
    public static <T> T or404(Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
    }

    /** A model read again on each request by {@code read} ({@link #or404}): the page keeps the id, not the object. */
    public static <T> IModel<T> model(SerializableSupplier<T> read) {
        return LoadableDetachableModel.of(() -> or404(read));
    }
}
