package io.dcim.power.endpoint;

import java.io.Serializable;

/**
 * Filters of the target list; null means "any". {@code text} matches name or host; {@code health} the outcome of
 * the last poll.
 */
public record TargetFilter(Long siteId, Long cabinetId, TargetRole role, Boolean enabled, String text, Health health)
        implements Serializable {

    /** How the last poll of a target went, as a list filters by it. */
    public enum Health {
        /** The last poll read every value. */
        OK,
        /** The last poll was anything but OK (partial, timeout, authentication failure, backed off…). */
        NOT_OK,
        /** The target has not been polled yet. */
        NEVER_POLLED
    }

    public TargetFilter(Long siteId, Long cabinetId, TargetRole role, Boolean enabled, String text) {
        this(siteId, cabinetId, role, enabled, text, null);
    }

    public static TargetFilter all() {
        return new TargetFilter(null, null, null, null, null);
    }

    public static TargetFilter ofSite(Long siteId) {
        return new TargetFilter(siteId, null, null, null, null);
    }
}
