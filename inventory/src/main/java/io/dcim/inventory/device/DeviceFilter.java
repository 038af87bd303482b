package io.dcim.inventory.device;

import io.dcim.inventory.catalog.DeviceKind;

/** Filters of the device list; null means "any". {@code text} matches asset tag, serial or name. */
public record DeviceFilter(Long siteId, Long roomId, Long cabinetId, DeviceKind kind, LifecycleStatus status,
        Long tenantId, String text) {

    public static DeviceFilter inCabinet(long cabinetId) {
        return new DeviceFilter(null, null, cabinetId, null, null, null, null);
    }

    public static DeviceFilter all() {
        return new DeviceFilter(null, null, null, null, null, null, null);
    }
}
