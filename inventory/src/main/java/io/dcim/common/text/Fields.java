package io.dcim.common.text;

import io.dcim.common.error.InvalidValueException;

/** Trimming and length rules for text people type, with messages that name the field. */
public final class Fields {

    private Fields() {
    }

    public static String required(String field, String value, int maxLength) {
        String trimmed = optional(field, value, maxLength);
        if (trimmed == null) {
            throw new InvalidValueException(field, "is required");
        }
        return trimmed;
    }

    /** Blank becomes null; too long is refused rather than cut. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "is " + trimmed.length() + " characters long; at most " + maxLength);
        }
        return trimmed;
    }
}
