package io.dcim.common.error;

/**
 * The request clashes with what is stored: a duplicate, occupied rack units, or a change
 * someone else saved first. Retrying unchanged will fail again.
 */
public class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(field, field + ": " + message, message);
    }

    public ConflictException(String field, Message why) {
        super(field, why, true);
    }

    /** Optimistic locking: the object changed since the caller read it. */
    public static ConflictException staleVersion(String what) {
        return new ConflictException("version", Message.of("common.version.stale", what));
    }

    /** Optimistic locking, naming the object in the reader's language ({@link Message#named}). */
    public static ConflictException staleVersion(Message what) {
        return new ConflictException("version", Message.of("common.version.stale", what));
    }
}
