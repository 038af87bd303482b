package io.dcim.inventory.device;

/** What it takes to register a device. Tenant, name and notes are optional. */
public record NewDevice(String assetTag, String serial, String name, long modelId, LifecycleStatus status,
        Location location, Long tenantId, String notes) {

    public NewDevice withLocation(Location location) {
        return new NewDevice(assetTag, serial, name, modelId, status, location, tenantId, notes);
    }
}
