package io.dcim.common.error;

/**
 * A rule of the domain refused the request. The message names the field at fault for the API
 * and the log ({@code "positionU: U4–U4 … is occupied"}); {@link #reason()} is the same
 * sentence without the field's code name, for pages that show it beside the field itself.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String reason;

    /** A message that names no code name of a field: people read it as it is. */
    protected DomainException(String field, String message) {
        this(field, message, message);
    }

    /**
     * @param message the full text the API returns and the log keeps
     * @param reason  the sentence people read beside the field (no code names)
     */
    protected DomainException(String field, String message, String reason) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    /** The input field at fault, or {@code null} when the request as a whole is refused. */
    public String field() {
        return field;
    }

    /** Why, without the field's code name in front. */
    public String reason() {
        return reason;
    }
}
