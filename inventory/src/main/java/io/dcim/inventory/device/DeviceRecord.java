package io.dcim.inventory.device;

/** Everything the device spreadsheet says about one device apart from its cards. */
public record DeviceRecord(long id, String assetTag, String serial, String name, String manufacturer, String model,
        LifecycleStatus status, String siteName, String roomName, String cabinetName, Integer positionU, Face face,
        String tenantName, String notes) {
}
