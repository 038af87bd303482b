package io.dcim.common.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The end of every streamed (SXSSF) workbook: what is left to fill, the write, and the release of the
 * temporary files the streamed rows were spilled to, which stay on disk unless disposed of, even when the
 * write fails.
 */
public final class StreamedWorkbook {

    private StreamedWorkbook() {
    }

    /** Runs {@code fill}, writes the workbook to {@code out}, then releases it; an I/O failure is unchecked. */
    public static void write(SXSSFWorkbook workbook, OutputStream out, Consumer<SXSSFWorkbook> fill) {
        try {
            fill.accept(workbook);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // The temporary files are already gone; nothing is left to release.
            }
        }
    }
}
