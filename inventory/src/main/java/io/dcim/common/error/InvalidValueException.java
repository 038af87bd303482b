package io.dcim.common.error;

/** A value is missing, malformed or out of range. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message) {
        super(field, field + ": " + message, message);
    }

    public InvalidValueException(String field, Message why) {
        super(field, why, true);
    }
}
