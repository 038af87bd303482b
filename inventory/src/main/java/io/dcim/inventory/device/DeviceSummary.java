package io.dcim.inventory.device;

import java.io.Serializable;

import io.dcim.inventory.catalog.DeviceKind;

/** One line of a device list, joined in one query (no per-row lookups); the room is the hall the device stands in. */
public record DeviceSummary(long id, String assetTag, String serial, String name, long modelId, String manufacturer,
        String model, DeviceKind kind, int heightU, boolean fullDepth, LifecycleStatus status, Long cabinetId, String cabinetName,
        Integer positionU, Face face, Long roomId, String roomName, Long tenantId, String tenantName, int version) implements Serializable {

    public String label() {
        return name == null || name.isBlank() ? assetTag : name;
    }
}
