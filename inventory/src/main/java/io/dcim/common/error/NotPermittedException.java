package io.dcim.common.error;

import io.dcim.common.access.Permission;

/**
 * The caller may not take the action. Doors ask the same rule first (to hide the control, or to
 * answer 403); a use case throws this when a call gets past them anyway.
 */
public class NotPermittedException extends DomainException {

    private final Permission missing;

    public NotPermittedException(String message) {
        this(null, message);
    }

    /** The caller lacks {@code missing}; {@code null} when a rule other than a permission refused. */
    public NotPermittedException(Permission missing, String message) {
        super(null, message);
        this.missing = missing;
    }

    public NotPermittedException(Permission missing, Message why) {
        super(null, why, false);
        this.missing = missing;
    }

    public Permission missing() {
        return missing;
    }
}
