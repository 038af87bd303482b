package io.dcim.common.edit;

import java.io.Serializable;
import java.util.function.Function;

/**
 * What an edit form or an API answer starts from: an object's editable facts with the id and the
 * version they were read at, which the edit then names so that a change saved meanwhile by
 * someone else is refused rather than overwritten.
 */
public record Versioned<T>(long id, int version, T value) implements Serializable {

    /** {@code object}'s facts as {@code details} takes them, with the id and the version they were read at. */
    public static <E extends Editable, T> Versioned<T> of(E object, Function<? super E, T> details) {
        return new Versioned<>(object.getId(), object.getVersion(), details.apply(object));
    }
}
