package io.dcim.common.table;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A spreadsheet as read from an upload: column names normalised to lower case with
 * underscores, and each data row with the line number the person sees in their editor.
 */
public record Table(List<String> columns, List<Row> rows) implements Serializable {

    public record Row(int line, Map<String, String> cells) implements Serializable {

        /** The trimmed cell, or null when the column is missing or the cell blank. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        public boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    public static String normalise(String column) {
        return column == null ? "" : column.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
