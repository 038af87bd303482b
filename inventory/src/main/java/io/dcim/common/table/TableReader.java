package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * Reads an uploaded CSV or XLSX into a {@link Table}. The first row names the columns; blank
 * rows are skipped. Spreadsheet cells come back as the text the person saw (numbers without a
 * trailing ".0", dates as ISO dates) so that both formats feed the same validation.
 *
 * <p>Uploads come from anyone with an import right, so reading is bounded: at most
 * {@code maxRows} data rows (the read stops at the first row beyond), workbooks are read as a
 * stream with limits on what their zip may expand to, and a refusal names the line and column
 * in a sentence of its own rather than the parser's internals.
 */
public final class TableReader {

    private final int maxRows;

    public TableReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public Table read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidValueException("file", Message.of("common.table.empty"));
        }
        RowCollector rows = new RowCollector(maxRows);
        if (TableFormat.sniff(content) == TableFormat.XLSX) {
            XlsxTableReader.read(content, rows);
        } else {
            CsvTableReader.read(content, rows);
        }
        return rows.table();
    }
}
