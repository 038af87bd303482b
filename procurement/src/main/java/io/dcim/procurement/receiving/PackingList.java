package io.dcim.procurement.receiving;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a supplier's packing list (CSV or XLSX) into the units of a receipt. Columns:
 * {@code order_line} (the order's line number), {@code asset_tag}, {@code serial} and
 * {@code gpu_serials} (the cards' serials separated by spaces, commas, semicolons or bars; may
 * be empty), and optionally {@code cabinet} (its name) and {@code position_u} when the unit goes
 * straight into a cabinet. Every bad row is reported, by line and column, in one message.
 */
public final class PackingList {

    public static final List<String> COLUMNS = List.of("order_line", "asset_tag", "serial", "gpu_serials", "cabinet",
            "position_u");
    static final int MAX_ROWS = 10_000;
    private static final int MAX_PROBLEMS = 20;

    private PackingList() {
    }

    public static List<ReceivedUnit> parse(byte[] content) {
        Table table = new TableReader(MAX_ROWS).read(content);
        for (String column : COLUMNS.subList(0, 3)) {
            if (!table.columns().contains(column)) {
                throw new InvalidValueException("file", "has no column " + column + "; the columns are "
                        + String.join(", ", COLUMNS));
            }
        }
        if (table.rows().isEmpty()) {
            throw new InvalidValueException("file", "lists no units");
        }
        List<ReceivedUnit> units = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            int before = problems.size();
            Integer line = lineNumber(row, problems);
            String tag = required(row, "asset_tag", problems);
            String serial = required(row, "serial", problems);
            Integer position = positionU(row, problems);
            if (problems.size() == before) {
                units.add(new ReceivedUnit(line, tag, serial, gpuSerials(row.get("gpu_serials")), row.get("cabinet"), position));
            }
        }
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), MAX_PROBLEMS);
            throw new InvalidValueException("file", String.join("; ", problems.subList(0, shown))
                    + (problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : ""));
        }
        return units;
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

    private static Integer lineNumber(Table.Row row, List<String> problems) {
        String value = row.get("order_line");
        if (value == null) {
            problems.add("line " + row.line() + ", order_line: is required");
            return null;
        }
        try {
            int line = Integer.parseInt(value);
            if (line >= 1) {
                return line;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("line " + row.line() + ", order_line: '" + value + "' is not a line number of the order");
        return null;
    }

    private static Integer positionU(Table.Row row, List<String> problems) {
        String value = row.get("position_u");
        if (value == null) {
            return null;
        }
        try {
            int position = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
            if (position >= 1) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("line " + row.line() + ", position_u: '" + value + "' is not a unit number (1 at the bottom)");
        return null;
    }

    private static String required(Table.Row row, String column, List<String> problems) {
        String value = row.get(column);
        if (value == null) {
            problems.add("line " + row.line() + ", " + column + ": is required");
        }
        return value;
    }
}
