package io.dcim.common.error;

/** The object named by the request does not exist (or no longer does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        this(Message.literal(what), id);
    }

    /** {@code what}: the kind of object, e.g. {@link Message#noun}. */
    public NotFoundException(Message what, Object id) {
        super("id", Message.of("common.lookup.notFound", what, String.valueOf(id)), false);
    }
}
