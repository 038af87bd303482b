package io.dcim.procurement.receiving;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import io.dcim.inventory.device.Face;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A supplier's packing list (CSV or XLSX) read into the units of a receipt. Columns:
 * {@code order_line} (the order's line number), {@code asset_tag}, {@code serial} and
 * {@code gpu_serials} (the cards' serials separated by spaces, commas, semicolons or bars; may
 * be empty), and optionally, when the unit goes straight into a cabinet, {@code room} (needed
 * where cabinet names repeat across halls), {@code cabinet} (its name), {@code position_u} and
 * {@code face} ({@code front}, the default, or {@code rear}).
 *
 * <p>A row that cannot be read is not dropped: it becomes a {@link UnitProblem} with its line
 * and column, and the other rows are still checked against the order and the inventory, so
 * that one answer lists every refused row.
 */
public final class PackingList {

    public static final List<String> COLUMNS = List.of("order_line", "asset_tag", "serial", "gpu_serials", "room",
            "cabinet", "position_u", "face");
    static final int MAX_ROWS = 10_000;

    private final List<ReceivedUnit> units = new ArrayList<>();
    private final List<Integer> unitNumbers = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<UnitProblem> problems = new ArrayList<>();

    private PackingList() {
    }

    /** Reads the file; refuses it as a whole only when it is no packing list at all (unreadable, no columns, no rows). */
    public static PackingList read(byte[] content) {
        Table table = new TableReader(MAX_ROWS).read(content);
        for (String column : COLUMNS.subList(0, 3)) {
            if (!table.columns().contains(column)) {
                throw new InvalidValueException("file", Message.of("procurement.packingList.missingColumn", column,
                        String.join(", ", COLUMNS)));
            }
        }
        if (table.rows().isEmpty()) {
            throw new InvalidValueException("file", Message.of("procurement.packingList.noUnits"));
        }
        PackingList list = new PackingList();
        for (int i = 0; i < table.rows().size(); i++) {
            list.add(i + 1, table.rows().get(i));
        }
        return list;
    }

    /** The readable units, in the file's order. */
    public List<ReceivedUnit> units() {
        return List.copyOf(units);
    }

    /** The rows that could not be read, by line and column. */
    public List<UnitProblem> problems() {
        return List.copyOf(problems);
    }

    /** The delivery's unit number (its data row, from 1) of the {@code index}th readable unit. */
    int unitNumber(int index) {
        return unitNumbers.get(index);
    }

    /** The file line of the {@code index}th readable unit. */
    int line(int index) {
        return lines.get(index);
    }

    private void add(int unit, Table.Row row) {
        int before = problems.size();
        Integer orderLine = lineNumber(unit, row);
        String tag = required(unit, row, "asset_tag");
        String serial = required(unit, row, "serial");
        Integer position = positionU(unit, row);
        Face face = face(unit, row);
        if (problems.size() == before) {
            units.add(new ReceivedUnit(orderLine, tag, serial, gpuSerials(row.get("gpu_serials")), row.get("room"),
                    row.get("cabinet"), position, face));
            unitNumbers.add(unit);
            lines.add(row.line());
        }
    }

    /** The GPU serials typed in one cell, as a packing list's {@code gpu_serials} column reads them. */
    public static List<String> gpuSerialsOf(String cell) {
        return gpuSerials(cell);
    }

    static List<String> gpuSerials(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.trim().split("[\\s,;|]+")).filter(s -> !s.isEmpty()).toList();
    }

    private Integer lineNumber(int unit, Table.Row row) {
        String value = row.get("order_line");
        if (value == null) {
            refuse(unit, row, "order_line", Message.of("common.field.required"));
            return null;
        }
        OptionalInt line = positiveWholeNumber(value);
        if (line.isPresent()) {
            return line.getAsInt();
        }
        refuse(unit, row, "order_line", Message.of("procurement.packingList.notALine", Table.excerpt(value)));
        return null;
    }

    private Integer positionU(int unit, Table.Row row) {
        String value = row.get("position_u");
        if (value == null) {
            return null;
        }
        OptionalInt position = positiveWholeNumber(value.replaceFirst("^[Uu]", ""));
        if (position.isPresent()) {
            return position.getAsInt();
        }
        refuse(unit, row, "position_u", Message.of("procurement.packingList.notAUnit", Table.excerpt(value)));
        return null;
    }

    /** A whole number of at least 1, written as such or as a spreadsheet's number cell reads ({@code 3.0}). */
    private static OptionalInt positiveWholeNumber(String text) {
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private Face face(int unit, Table.Row row) {
        String value = row.get("face");
        if (value == null) {
            return null;
        }
        try {
            return Face.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refuse(unit, row, "face", Message.of("procurement.packingList.notAFace", Table.excerpt(value)));
            return null;
        }
    }

    private String required(int unit, Table.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            refuse(unit, row, column, Message.of("common.field.required"));
        }
        return value;
    }

    private void refuse(int unit, Table.Row row, String column, Message why) {
        problems.add(new UnitProblem(unit, row.line(), column, why));
    }
}
