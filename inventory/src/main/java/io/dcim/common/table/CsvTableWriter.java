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

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to show non-ASCII names.
 *
 * <p>Every export goes through here, so this is where text that a spreadsheet would run as a
 * formula is defused (OWASP "CSV injection"): a text cell starting with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe, which spreadsheets read as "this is text".
 * Numbers are written as they are, so a negative amount stays a number.
 */
final class CsvTableWriter implements TableWriter {

    /** Also escapes text that already starts with the apostrophe, so that reading it back ({@link TableReader}) is exact. */
    private static final java.util.regex.Pattern FORMULA_START = java.util.regex.Pattern.compile("^'*[=+\\-@\t\r]");

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
            printer.printRecord(cells.stream().map(CsvTableWriter::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (cell instanceof Number) {
            return text;
        }
        return FORMULA_START.matcher(text).find() ? "'" + text : text;
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
