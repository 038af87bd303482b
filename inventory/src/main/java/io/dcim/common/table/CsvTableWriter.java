package io.dcim.common.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to show non-ASCII names. */
final class CsvTableWriter implements TableWriter {

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) {
        try {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> columns) {
        row(columns);
    }

    @Override
    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(c -> c == null ? "" : c.toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
