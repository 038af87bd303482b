package io.dcim.inventory.device;

import java.io.Serializable;

import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.label.LabelFilter;

/**
 * Filters of the device list; null means "any". {@code text} matches asset tag, serial or name; {@code labels}
 * keeps devices with all the tags and custom field values given.
 */
public record DeviceFilter(Long siteId, Long roomId, Long cabinetId, DeviceKind kind, LifecycleStatus status,
        Long tenantId, String text, LabelFilter labels) implements Serializable {

    public DeviceFilter(Long siteId, Long roomId, Long cabinetId, DeviceKind kind, LifecycleStatus status, Long tenantId,
            String text) {
        this(siteId, roomId, cabinetId, kind, status, tenantId, text, LabelFilter.NONE);
    }

    /** The same filter keeping only devices with these labels. */
    public DeviceFilter withLabels(LabelFilter wanted) {
        return new DeviceFilter(siteId, roomId, cabinetId, kind, status, tenantId, text, wanted);
    }

    public static DeviceFilter inCabinet(long cabinetId) {
        return new DeviceFilter(null, null, cabinetId, null, null, null, null);
    }

    public static DeviceFilter all() {
        return new DeviceFilter(null, null, null, null, null, null, null);
    }
}
