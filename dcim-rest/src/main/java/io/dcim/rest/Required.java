package io.dcim.rest;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/** Parameters and body fields a call cannot do without: a missing one is refused with 400 naming it. */
public final class Required {

    private Required() {
    }

    public static <T> T value(String field, T value) {
        if (value == null) {
            throw ApiException.badRequest(field, Message.of("rest.required"));
        }
        return value;
    }

    /**
     * A value the request is well formed without but a rule needs (a what-if's partner, a switch's radix when no
     * model gives it): refused as an invalid value, 422 naming it, as the use cases refuse such a field.
     */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return value;
    }

    /** The version read, which every edit and delete names (optimistic locking). */
    public static int version(Integer version) {
        if (version == null) {
            throw ApiException.badRequest("version", Message.of("rest.required.version"));
        }
        return version;
    }
}
