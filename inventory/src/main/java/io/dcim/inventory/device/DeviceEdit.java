package io.dcim.inventory.device;

/** The editable identity of a device. Placement and status have their own operations. */
public record DeviceEdit(String assetTag, String serial, String name, Long tenantId, String notes) {
}
