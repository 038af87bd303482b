package io.dcim.rest;

import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableWriter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A file answered for saving: the workbook or table, its type and the name the browser saves it under.
 * One place for the {@code Content-Disposition} header so that every download names its file alike.
 */
public final class Download {

    private Download() {
    }

    /** A workbook written while it is sent. */
    public static Response xlsx(StreamingOutput workbook, String fileName) {
        return file(workbook, RawBody.XLSX, fileName);
    }

    /** A workbook already written. */
    public static Response xlsx(byte[] workbook, String fileName) {
        return file(workbook, RawBody.XLSX, fileName);
    }

    /**
     * A table streamed in the format asked for ({@code csv}, the default, or {@code xlsx}), saved as
     * {@code name-<today>.<extension>}; the format is checked before the first byte is sent.
     */
    public static Response table(String format, String name, Consumer<TableWriter> rows) {
        return table(TableFormat.named("format", format), name + "-" + LocalDate.now(), rows);
    }

    /** A table streamed in a format the endpoint decides, saved as {@code baseName.<extension>}. */
    public static Response table(TableFormat format, String baseName, Consumer<TableWriter> rows) {
        StreamingOutput out = stream -> {
            try (TableWriter writer = TableWriter.open(format, stream)) {
                rows.accept(writer);
            }
        };
        return file(out, format.contentType(), baseName + "." + format.extension());
    }

    private static Response file(Object body, String contentType, String fileName) {
        return Response.ok(body, contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
