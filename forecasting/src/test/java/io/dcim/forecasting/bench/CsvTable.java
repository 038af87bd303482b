package io.dcim.forecasting.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as R's {@code write.csv} writes it: a header row, fields in double quotes when they
 * hold commas (ARIMA model names do), {@code ""} for a quote inside, {@code NA} for missing values.
 */
final class CsvTable {

    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<List<String>> rows = new ArrayList<>();

    private CsvTable(Path file) {
        this.file = file;
    }

    static CsvTable read(Path file) {
        CsvTable table = new CsvTable(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected a header row");
        }
        List<String> header = split(lines.get(0));
        for (int i = 0; i < header.size(); i++) {
            table.columns.put(header.get(i), i);
        }
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> fields = split(lines.get(n));
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + fields.size() + " fields, header has "
                        + header.size());
            }
            table.rows.add(fields);
        }
        return table;
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException(file + " has no column '" + column + "'");
        }
        return rows.get(row).get(index);
    }

    /** A number, or NaN for R's {@code NA}. */
    double number(int row, String column) {
        String text = text(row, column);
        if (text.equals("NA") || text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " row " + (row + 2) + ", column '" + column + "': '" + text
                    + "' is not a number", e);
        }
    }

    int integer(int row, String column) {
        double value = number(row, column);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(file + " row " + (row + 2) + ", column '" + column + "': '"
                    + text(row, column) + "' is not a whole number");
        }
        return (int) value;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
