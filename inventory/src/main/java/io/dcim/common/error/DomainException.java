package io.dcim.common.error;

/**
 * A rule of the domain refused the request. The message is written for the person who made
 * it and names the field at fault; pages show it beside that field and the API returns it.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, or {@code null} when the request as a whole is refused. */
    public String field() {
        return field;
    }
}
