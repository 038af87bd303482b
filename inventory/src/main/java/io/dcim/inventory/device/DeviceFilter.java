package io.dcim.inventory.device;

import java.io.Serializable;

import io.dcim.inventory.catalog.DeviceKind;

/** Filters of the device list; null means "any". {@code text} matches asset tag, serial or name. */
public record DeviceFilter(Long siteId, Long roomId, Long cabinetId, DeviceKind kind, LifecycleStatus status,
        Long tenantId, String text) implements Serializable {

    public static DeviceFilter inCabinet(long cabinetId) {
        return new DeviceFilter(null, null, cabinetId, null, null, null, null);
    }

    public static DeviceFilter all() {
        return new DeviceFilter(null, null, null, null, null, null, null);
    }
}
