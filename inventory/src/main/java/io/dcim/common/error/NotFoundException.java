package io.dcim.common.error;

/** The object named by the request does not exist (or no longer does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("id", what + " " + id + " does not exist");
    }
}
