package io.dcim.power.target;

import java.io.Serializable;

/** Filters of the target list; null means "any". {@code text} matches name or host. */
public record TargetFilter(Long siteId, Long cabinetId, TargetRole role, Boolean enabled, String text)
        implements Serializable {

    public static TargetFilter all() {
        return new TargetFilter(null, null, null, null, null);
    }

    public static TargetFilter ofSite(Long siteId) {
        return new TargetFilter(siteId, null, null, null, null);
    }
}
