package io.dcim.inventory.transfer;

import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.port.DevicePorts;
import io.dcim.inventory.field.CustomField;
import io.dcim.inventory.field.FieldValues;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.Tagging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.hibernate.Session;

/**
 * Imports devices (and the GPUs in them) from a spreadsheet, all or nothing.
 *
 * <p>Every row goes through the same services as the console's form, inside one transaction,
 * so a file is checked by exactly the rules that guard a single placement, including rows of
 * the same file that collide with each other. The transaction commits only when no row
 * failed; otherwise it is rolled back and the report lists every failing row. The devices'
 * ports are made from each model's templates, read once per import, and written in JDBC
 * batches inside the same transaction, so a rolled-back import leaves no port behind either
 * (a preview makes them but does not write them).
 */
public final class DeviceImport {

    /**
     * Keeps the session small: every query flushes first, and a flush dirty-checks everything
     * the session holds, so flushed rows leave the persistence context often.
     */
    private static final int CLEAR_EVERY_ROWS = 25;

    private static final int PROGRESS_EVERY_ROWS = 200;

    private final Database db;
    private final DeviceService devices;
    private final GpuService gpus;

    public DeviceImport(Database db, DeviceService devices, GpuService gpus) {
        this.db = db;
        this.devices = devices;
        this.gpus = gpus;
    }

    /** Checks every row and writes nothing. */
    public ImportReport check(Table table, IntConsumer progress) {
        return run(table, false, progress);
    }

    /** Writes every row, or nothing when any row fails. */
    public ImportReport apply(Table table, IntConsumer progress) {
        return run(table, true, progress);
    }

    private ImportReport run(Table sheet, boolean write, IntConsumer progress) {
        List<CustomField> fields = db.read(session -> FieldValues.definitions(session, ObjectType.DEVICE));
        Table table = DeviceColumns.withColumnsOfEitherLanguage(sheet, DeviceColumns.customFieldHeads(fields));
        List<RowProblem> missing = missingColumns(table);
        if (!missing.isEmpty()) {
            return new ImportReport(table.rows().size(), 0, 0, missing, false);
        }
        try {
            return db.inTransaction(session -> {
                Counts counts = importRows(session, table, write ? DevicePorts.batched() : DevicePorts.madeButNotWritten(),
                        customFieldColumns(table, fields), progress);
                ImportReport report = new ImportReport(table.rows().size(), counts.devices, counts.gpus, counts.problems,
                        write && counts.problems.isEmpty());
                if (!report.written()) {
                    throw new Discard(report);
                }
                return report;
            });
        } catch (Discard discarded) {
            return discarded.report;
        }
    }

    private static List<RowProblem> missingColumns(Table table) {
        List<RowProblem> problems = new ArrayList<>();
        for (String column : DeviceColumns.REQUIRED) {
            if (!table.columns().contains(column)) {
                problems.add(new RowProblem(1, column, Message.of("inventory.transfer.missingColumn", column)));
            }
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(1, null, Message.of("inventory.transfer.noRows")));
        }
        return problems;
    }

    /** The custom field columns the sheet has: column to field key. */
    private static Map<String, String> customFieldColumns(Table table, List<CustomField> fields) {
        Map<String, String> columns = new LinkedHashMap<>();
        fields.stream().filter(f -> table.columns().contains(DeviceColumns.customFieldColumn(f.getKey())))
                .forEach(f -> columns.put(DeviceColumns.customFieldColumn(f.getKey()), f.getKey()));
        return columns;
    }

    private Counts importRows(Session session, Table table, DevicePorts ports, Map<String, String> customFields,
            IntConsumer progress) {
        boolean tagged = table.columns().contains(DeviceColumns.TAGS);
        References refs = References.load(session);
        Counts counts = new Counts();
        int done = 0;
        for (Table.Row row : table.rows()) {
            try {
                counts.gpus += importRow(session, refs, ports, row, tagged, customFields);
                counts.devices++;
            } catch (DomainException e) {
                counts.problems.add(new RowProblem(row.line(), DeviceColumns.columnOf(e.field()), e.why()));
            }
            if (++done % CLEAR_EVERY_ROWS == 0) {
                ports.write(session);
                session.flush();
                session.clear();
            }
            if (done % PROGRESS_EVERY_ROWS == 0) {
                progress.accept(done);
            }
        }
        ports.write(session);
        session.flush();
        progress.accept(done);
        return counts;
    }

    /** Registers one row's device and its cards; returns the number of cards. */
    private int importRow(Session session, References refs, DevicePorts ports, Table.Row row, boolean tagged,
            Map<String, String> customFields) {
        long modelId = refs.model(required(row, DeviceColumns.MODEL));
        LifecycleStatus status = parse(LifecycleStatus.class, row, DeviceColumns.STATUS);
        Long tenantId = row.get(DeviceColumns.TENANT) == null ? null : refs.tenant(row.get(DeviceColumns.TENANT));
        Location location = location(refs, row);
        Device device = devices.create(new NewDevice(row.get(DeviceColumns.ASSET_TAG), row.get(DeviceColumns.SERIAL),
                row.get(DeviceColumns.NAME), modelId, status, location, tenantId, row.get(DeviceColumns.NOTES)), null, ports);
        label(session, device.getId(), row, tagged, customFields);
        List<String> serials = DeviceColumns.splitSerials(row.get(DeviceColumns.GPU_SERIALS));
        if (serials.isEmpty()) {
            return 0;
        }
        DeviceModel model = device.getModel();
        if (model.getGpuSlots() == 0 || model.getDefaultGpuModel() == null) {
            throw new InvalidValueException(DeviceColumns.GPU_SERIALS, Message.of("inventory.transfer.noGpuSlots", model.getDisplayName()));
        }
        if (serials.size() > model.getGpuSlots()) {
            throw new InvalidValueException(DeviceColumns.GPU_SERIALS, Message.of("inventory.transfer.tooManyGpus", serials.size(),
                    model.getGpuSlots(), model.getDisplayName()));
        }
        gpus.registerAll(device.getId(), serials, model.getDefaultGpuModel().getId(), GpuStatus.IN_SERVICE, tenantId);
        return serials.size();
    }

    /** The row's tags and custom field values, checked as an edit of the device checks them. */
    private static void label(Session session, long deviceId, Table.Row row, boolean tagged, Map<String, String> customFields) {
        if (tagged) {
            List<String> tags = DeviceColumns.splitTags(row.get(DeviceColumns.TAGS));
            if (!tags.isEmpty()) {
                Tagging.set(session, ObjectType.DEVICE, deviceId, tags);
            }
        }
        if (!customFields.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>();
            customFields.forEach((column, key) -> values.put(key, row.get(column)));
            FieldValues.set(session, ObjectType.DEVICE, deviceId, values);
        }
    }

    private static Location location(References refs, Table.Row row) {
        String cabinet = row.get(DeviceColumns.CABINET);
        String room = row.get(DeviceColumns.ROOM);
        if (cabinet == null && room == null) {
            return Location.inStock();
        }
        long siteId = refs.site(required(row, DeviceColumns.SITE));
        if (cabinet == null) {
            return Location.onFloor(refs.room(siteId, room));
        }
        long cabinetId = refs.cabinet(siteId, room, cabinet);
        Integer position = positionU(row);
        Face face = row.get(DeviceColumns.FACE) == null ? (position == null ? Face.SIDE : Face.FRONT)
                : parse(Face.class, row, DeviceColumns.FACE);
        return new Location(cabinetId, position, face, null);
    }

    private static Integer positionU(Table.Row row) {
        String text = row.get(DeviceColumns.POSITION_U);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceFirst("^[Uu]", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(DeviceColumns.POSITION_U, Message.of("inventory.transfer.notAUnit", Table.excerpt(text)));
        }
    }

    private static String required(Table.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new InvalidValueException(column, Message.of("common.field.required"));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Table.Row row, String column) {
        String text = required(row, column);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(column, Message.of("inventory.transfer.notOneOf", Table.excerpt(text),
                    String.valueOf(List.of(type.getEnumConstants()))));
        }
    }

    private static final class Counts {
        int devices;
        int gpus;
        final List<RowProblem> problems = new ArrayList<>();
    }

    /** Unwinds the transaction when the file is only checked or has a failing row. */
    private static final class Discard extends RuntimeException {
        final ImportReport report;

        Discard(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
