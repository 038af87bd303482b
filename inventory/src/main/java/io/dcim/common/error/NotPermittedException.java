package io.dcim.common.error;

/**
 * The caller's roles do not allow the action. Doors ask the same rule first (to hide the control,
 * or to answer 403); a service throws this when a call gets past them anyway.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(null, message);
    }
}
