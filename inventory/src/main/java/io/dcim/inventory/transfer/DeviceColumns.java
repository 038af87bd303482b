package io.dcim.inventory.transfer;

import java.util.List;
import java.util.Map;

/**
 * The device spreadsheet layout, shared by the import, its template and the device export so
 * that an exported list can be edited and imported back.
 */
public final class DeviceColumns {

    public static final String ASSET_TAG = "asset_tag";
    public static final String SERIAL = "serial";
    public static final String NAME = "name";
    public static final String MODEL = "model";
    public static final String STATUS = "status";
    public static final String SITE = "site";
    public static final String ROOM = "room";
    public static final String CABINET = "cabinet";
    public static final String POSITION_U = "position_u";
    public static final String FACE = "face";
    public static final String TENANT = "tenant";
    public static final String GPU_SERIALS = "gpu_serials";
    public static final String NOTES = "notes";

    public static final List<String> ALL = List.of(ASSET_TAG, SERIAL, NAME, MODEL, STATUS, SITE, ROOM, CABINET,
            POSITION_U, FACE, TENANT, GPU_SERIALS, NOTES);

    public static final List<String> REQUIRED = List.of(ASSET_TAG, SERIAL, MODEL, STATUS);

    /** The services name the field of their request objects; people see the column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("assetTag", ASSET_TAG),
            Map.entry("modelId", MODEL),
            Map.entry("cabinetId", CABINET),
            Map.entry("positionU", POSITION_U),
            Map.entry("roomId", ROOM),
            Map.entry("tenantId", TENANT),
            Map.entry("serverId", GPU_SERIALS),
            Map.entry("gpuModelId", GPU_SERIALS),
            Map.entry("slotIndex", GPU_SERIALS));

    private DeviceColumns() {
    }

    public static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /** GPU serials in one cell, separated by semicolons, commas or spaces. */
    public static List<String> splitSerials(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.trim().split("[;,\\s]+"));
    }

    public static String joinSerials(List<String> serials) {
        return String.join(";", serials);
    }
}
