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

    /** Longest cell quoted back in a refusal. */
    public static final int EXCERPT_CHARS = 40;

    /**
     * A cell as a refusal quotes it: enough to find it in the file, never the whole of a pasted
     * blob (a 5 MB cell echoed back would make the answer as large as the upload).
     */
    public static String excerpt(String value) {
        if (value == null || value.length() <= EXCERPT_CHARS) {
            return value;
        }
        return value.substring(0, EXCERPT_CHARS - 1) + "…";
    }

    /**
     * The same table with every head renamed to the column it names ({@code columnOfHead} takes the normalised
     * head): a sheet headed in Chinese, or in words, read as one headed with the columns. Each import says which
     * heads it knows; this is the one place a table is renamed.
     */
    public Table renamed(java.util.function.UnaryOperator<String> columnOfHead) {
        List<String> renamed = columns.stream().map(columnOfHead).toList();
        if (renamed.equals(columns)) {
            return this;
        }
        List<Row> renamedRows = rows.stream().map(row -> {
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            row.cells().forEach((head, value) -> cells.put(columnOfHead.apply(head), value));
            return new Row(row.line(), cells);
        }).toList();
        return new Table(renamed, renamedRows);
    }

    /** Heads as people write them (either language, spaces or dashes) normalised, each to its column. */
    public static Map<String, String> heads(Map<String, String> headToColumn) {
        Map<String, String> normalised = new java.util.HashMap<>();
        headToColumn.forEach((head, column) -> normalised.put(normalise(head), column));
        return Map.copyOf(normalised);
    }

    public static String normalise(String column) {
        return column == null ? "" : column.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
