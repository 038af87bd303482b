package io.dcim.common.table;

import java.io.OutputStream;
import java.util.List;

/**
 * Writes a list out as CSV or XLSX, one row at a time, so that an export of every device of a
 * site never holds the whole list in memory. Cells may be text, numbers, dates or instants.
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> columns);

    void row(List<?> cells);

    /** Finishes the file; the stream stays open for the caller to close. */
    @Override
    void close();

    static TableWriter open(TableFormat format, OutputStream out) {
        return format == TableFormat.XLSX ? new XlsxTableWriter(out) : new CsvTableWriter(out);
    }
}
