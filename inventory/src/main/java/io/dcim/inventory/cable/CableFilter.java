package io.dcim.inventory.cable;

import java.io.Serializable;

/** Filters of the cable list; null means "any". Room and device match either end. {@code label} is a substring. */
public record CableFilter(Long siteId, Long roomId, Long deviceId, CableType type, CableStatus status, String label)
        implements Serializable {

    public static CableFilter all() {
        return new CableFilter(null, null, null, null, null, null);
    }
}
