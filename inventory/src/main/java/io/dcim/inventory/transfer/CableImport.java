package io.dcim.inventory.transfer;

import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.device.Device;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Imports cables from a spreadsheet, all or nothing. Each row names its ends by device (asset tag,
 * or name when only one device has it) and port name; a breakout's B ports are listed in one cell,
 * separated by {@code ;}. Every row is checked, by the cable service's own rules and against the
 * cables already recorded, and every bad row is reported with its line; the cables are written in
 * the cable service's batch (the same rules again, in the same transaction) only when no row failed.
 */
public final class CableImport {

    public static final String LABEL = "label";
    public static final String TYPE = "type";
    public static final String A_DEVICE = "a_device";
    public static final String A_PORT = "a_port";
    public static final String B_DEVICE = "b_device";
    public static final String B_PORT = "b_port";
    public static final String LENGTH_M = "length_m";
    public static final String COLOUR = "colour";
    public static final String STATUS = "status";

    /** The header of a file this import reads, in order: what a template or an export writes. */
    public static final List<String> COLUMNS = List.of(LABEL, TYPE, A_DEVICE, A_PORT, B_DEVICE, B_PORT, LENGTH_M, COLOUR,
            STATUS);
    private static final List<String> REQUIRED = List.of(LABEL, TYPE, A_DEVICE, A_PORT, B_DEVICE, B_PORT);
    private static final int CHUNK = 1_000;

    private final Database db;
    private final CableService cables;

    public CableImport(Database db, CableService cables) {
        this.db = db;
        this.cables = cables;
    }

    /** Checks every row; writes nothing. */
    public CableImportReport check(Table table) {
        return run(table, false);
    }

    /** Writes every row's cable, or none when any row is refused. */
    public CableImportReport apply(Table table) {
        return run(table, true);
    }

    private CableImportReport run(Table table, boolean write) {
        List<RowProblem> missing = missingColumns(table);
        if (!missing.isEmpty()) {
            return new CableImportReport(table.rows().size(), 0, missing, false);
        }
        return db.inTransaction(session -> {
            PortNames ports = PortNames.load(session, table);
            List<RowProblem> problems = new ArrayList<>();
            List<NewCable> parsed = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(cable(row, ports));
                    lines.add(row.line());
                } catch (DomainException e) {
                    problems.add(new RowProblem(row.line(), columnOf(e.field()), e.why()));
                }
            }
            cables.refusals(parsed).forEach((index, refusal) ->
                    problems.add(new RowProblem(lines.get(index), columnOf(refusal.field()), refusal.why())));
            problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
            boolean written = write && problems.isEmpty();
            if (written) {
                cables.connectAll(parsed);
            }
            return new CableImportReport(table.rows().size(), problems.isEmpty() ? parsed.size() : 0, problems, written);
        });
    }

    private static List<RowProblem> missingColumns(Table table) {
        List<RowProblem> problems = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!table.columns().contains(column)) {
                problems.add(new RowProblem(1, column, Message.of("inventory.transfer.missingColumn", column)));
            }
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(1, null, Message.of("inventory.transfer.noRows")));
        }
        return problems;
    }

    private static NewCable cable(Table.Row row, PortNames ports) {
        String label = required(row, LABEL);
        CableType type = parse(CableType.class, row, TYPE, null);
        long a = ports.port(row, A_DEVICE, A_PORT, required(row, A_PORT));
        List<Long> b = new ArrayList<>();
        for (String name : required(row, B_PORT).split(";")) {
            if (!name.isBlank()) {
                b.add(ports.port(row, B_DEVICE, B_PORT, name.trim()));
            }
        }
        CableStatus status = parse(CableStatus.class, row, STATUS, CableStatus.PLANNED);
        return new NewCable(label, type, a, b, length(row), row.get(COLOUR), status);
    }

    private static BigDecimal length(Table.Row row) {
        String text = row.get(LENGTH_M);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceFirst("(?i)\\s*m$", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(LENGTH_M, Message.of("inventory.cable.length", Table.excerpt(text)));
        }
    }

    /** The file's column for a field the cable rules name. */
    static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "aPortId" -> A_PORT;
            case "bPortIds" -> B_PORT;
            case "lengthM" -> LENGTH_M;
            default -> field;
        };
    }

    private static String required(Table.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new InvalidValueException(column, Message.of("common.field.required"));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Table.Row row, String column, E absent) {
        String text = row.get(column);
        if (text == null) {
            if (absent != null) {
                return absent;
            }
            throw new InvalidValueException(column, Message.of("common.field.required"));
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(column, Message.of("inventory.transfer.notOneOf", Table.excerpt(text),
                    String.valueOf(List.of(type.getEnumConstants()))));
        }
    }

    /**
     * The ports of the devices the file names, read once: devices by asset tag or name, then their
     * ports by name, in chunks, so a file of 100,000 cables costs a few hundred queries.
     */
    private static final class PortNames {

        private final Map<String, Set<Long>> devices = new HashMap<>();
        private final Map<String, Long> ports = new HashMap<>();

        static PortNames load(Session session, Table table) {
            Set<String> keys = new HashSet<>();
            for (Table.Row row : table.rows()) {
                for (String column : List.of(A_DEVICE, B_DEVICE)) {
                    if (row.get(column) != null) {
                        keys.add(Device.key(row.get(column)));
                    }
                }
            }
            PortNames names = new PortNames();
            List<String> all = new ArrayList<>(keys);
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                for (Object[] d : session.createQuery("select d.id, d.assetTagKey, upper(d.name) from Device d"
                        + " where d.assetTagKey in :keys or upper(d.name) in :keys", Object[].class)
                        .setParameter("keys", chunk).getResultList()) {
                    long id = (Long) d[0];
                    ids.add(id);
                    // an asset tag is unique and wins; a name counts only when no asset tag matches
                    names.devices.computeIfAbsent("tag:" + d[1], k -> new HashSet<>()).add(id);
                    if (d[2] != null) {
                        names.devices.computeIfAbsent("name:" + d[2], k -> new HashSet<>()).add(id);
                    }
                }
            }
            List<Long> idList = new ArrayList<>(ids);
            for (int i = 0; i < idList.size(); i += CHUNK) {
                for (Object[] p : session.createQuery("select p.device.id, upper(p.name), p.id from Port p"
                        + " where p.device.id in :ids", Object[].class)
                        .setParameter("ids", idList.subList(i, Math.min(idList.size(), i + CHUNK))).getResultList()) {
                    names.ports.put(p[0] + "/" + p[1], (Long) p[2]);
                }
            }
            return names;
        }

        long port(Table.Row row, String deviceColumn, String portColumn, String portName) {
            String device = required(row, deviceColumn);
            long deviceId = device(deviceColumn, device);
            Long id = ports.get(deviceId + "/" + portName.toUpperCase(Locale.ROOT));
            if (id == null) {
                throw new InvalidValueException(portColumn, Message.of("inventory.transfer.noPort", Table.excerpt(device),
                        Table.excerpt(portName)));
            }
            return id;
        }

        private long device(String column, String text) {
            String key = Device.key(text);
            Set<Long> byTag = devices.get("tag:" + key);
            if (byTag != null) {
                return byTag.iterator().next();
            }
            Set<Long> byName = devices.getOrDefault("name:" + key, Set.of());
            if (byName.isEmpty()) {
                throw new InvalidValueException(column, Message.of("inventory.transfer.noDevice", Table.excerpt(text)));
            }
            if (byName.size() > 1) {
                throw new InvalidValueException(column, Message.of("inventory.transfer.ambiguousDevice", Table.excerpt(text),
                        byName.size()));
            }
            return byName.iterator().next();
        }
    }
}
