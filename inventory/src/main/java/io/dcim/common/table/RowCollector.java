package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the header and data rows either reader finds, and stops the read at the row cap. */
final class RowCollector {

    private final int maxRows;
    private List<String> columns;
    private final List<Table.Row> rows = new ArrayList<>();

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    boolean hasHeader() {
        return columns != null;
    }

    /** The column names, or null before the header row. */
    List<String> columns() {
        return columns;
    }

    /** The header, or a data row with the line number the person sees; throws at the first row over the cap. */
    void add(int line, List<String> values) {
        if (columns == null) {
            columns = values.stream().map(Table::normalise).toList();
            return;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), i < values.size() ? values.get(i) : null);
        }
        Table.Row row = new Table.Row(line, cells);
        if (row.isBlank()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new InvalidValueException("file", Message.of("common.table.tooManyRows", maxRows));
        }
        rows.add(row);
    }

    Table table() {
        if (columns == null || columns.stream().allMatch(String::isEmpty)) {
            throw new InvalidValueException("file", Message.of("common.table.noHeader"));
        }
        return new Table(List.copyOf(columns), rows);
    }
}
