package io.dcim.inventory.transfer;

import io.dcim.common.table.Table;
import java.util.List;
import io.dcim.inventory.field.CustomField;
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
    /** The device's tags by slug, separated by semicolons ({@code training-pool;rma}). */
    public static final String TAGS = "tags";
    /** Then one column per device custom field: {@code cf_<key>}, headed with the field's label for a Chinese reader. */
    public static final String CUSTOM_FIELD_PREFIX = "cf_";

    public static final List<String> ALL = List.of(ASSET_TAG, SERIAL, NAME, MODEL, STATUS, SITE, ROOM, CABINET,
            POSITION_U, FACE, TENANT, GPU_SERIALS, NOTES, TAGS);

    /** The same columns as a Chinese reader heads them, in the same order; the import reads either. */
    public static final List<String> ALL_IN_CHINESE = List.of("资产标签", "序列号", "名称", "型号", "状态", "站点", "机房",
            "机柜", "U位", "朝向", "租户", "GPU序列号", "备注", "标签");

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

    /**
     * The heads people write in Chinese (and the English ones written as words), each to its column: a sheet
     * a Chinese engineer filled in imports as one headed {@code asset_tag, serial…} does. Heads are compared
     * {@link Table#normalise normalised}, so spaces, dashes and case do not matter.
     */
    private static final Map<String, String> COLUMN_OF_HEAD = aliases(Map.ofEntries(
            Map.entry("资产标签", ASSET_TAG), Map.entry("资产编号", ASSET_TAG), Map.entry("asset tag", ASSET_TAG),
            Map.entry("序列号", SERIAL), Map.entry("名称", NAME), Map.entry("设备名称", NAME),
            Map.entry("型号", MODEL), Map.entry("设备型号", MODEL), Map.entry("状态", STATUS),
            Map.entry("站点", SITE), Map.entry("机房", ROOM), Map.entry("机柜", CABINET),
            Map.entry("U位", POSITION_U), Map.entry("U 位", POSITION_U), Map.entry("起始U位", POSITION_U), Map.entry("position", POSITION_U),
            Map.entry("朝向", FACE), Map.entry("安装面", FACE), Map.entry("租户", TENANT),
            Map.entry("GPU序列号", GPU_SERIALS), Map.entry("GPU 序列号", GPU_SERIALS), Map.entry("gpu serials", GPU_SERIALS), Map.entry("备注", NOTES),
            Map.entry("标签", TAGS)));

    private DeviceColumns() {
    }

    private static Map<String, String> aliases(Map<String, String> heads) {
        Map<String, String> normalised = new java.util.HashMap<>();
        heads.forEach((head, column) -> normalised.put(Table.normalise(head), column));
        return Map.copyOf(normalised);
    }

    /** The heads of an export or a template for a reader of {@code locale}. */
    public static List<String> heads(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ALL_IN_CHINESE : ALL;
    }

    /** The heads for a reader of {@code locale} with the device custom fields' columns after them. */
    public static List<String> heads(java.util.Locale locale, List<CustomField> fields) {
        List<String> heads = new java.util.ArrayList<>(heads(locale));
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        fields.forEach(f -> heads.add(chinese ? f.label(locale) : customFieldColumn(f.getKey())));
        return heads;
    }

    public static String customFieldColumn(String key) {
        return CUSTOM_FIELD_PREFIX + key;
    }

    /** The column a head names, in either language; an unknown head as it is (the import ignores it). */
    public static String columnOfHead(String head) {
        return columnOfHead(head, Map.of());
    }

    /**
     * The column a head names: a standard one in either language, else a custom field by its column or either
     * label ({@code customFieldHeads}, normalised head to column); an unknown head as it is.
     */
    static String columnOfHead(String head, Map<String, String> customFieldHeads) {
        String normalised = Table.normalise(head);
        String standard = COLUMN_OF_HEAD.get(normalised);
        if (standard != null || ALL.contains(normalised)) {
            return standard != null ? standard : normalised;
        }
        return customFieldHeads.getOrDefault(normalised, normalised);
    }

    /** Normalised head → column for the device custom fields: {@code cf_<key>} and both labels. */
    static Map<String, String> customFieldHeads(List<CustomField> fields) {
        Map<String, String> heads = new java.util.HashMap<>();
        for (CustomField f : fields) {
            String column = customFieldColumn(f.getKey());
            heads.put(Table.normalise(f.label(java.util.Locale.ENGLISH)), column);
            heads.put(Table.normalise(f.label(java.util.Locale.SIMPLIFIED_CHINESE)), column);
            heads.put(column, column);
        }
        return heads;
    }

    /** The table with its heads read in either language: every known head renamed to its column. */
    public static Table withColumnsOfEitherLanguage(Table table) {
        return withColumnsOfEitherLanguage(table, Map.of());
    }

    static Table withColumnsOfEitherLanguage(Table table, Map<String, String> customFieldHeads) {
        return table.renamed(head -> columnOfHead(head, customFieldHeads));
    }

    public static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("customFields.")) {
            return customFieldColumn(field.substring("customFields.".length()));
        }
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /** Tags in one cell, separated by semicolons or commas. */
    public static List<String> splitTags(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.trim().split("\\s*[;,]\\s*")).filter(s -> !s.isBlank()).toList();
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
