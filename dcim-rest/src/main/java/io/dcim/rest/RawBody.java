package io.dcim.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.table.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A body taken as bytes (an uploaded file), refused with 413 when larger than the endpoint allows. */
public final class RawBody {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ObjectMapper JSON = StrictJson.mapper();

    private RawBody() {
    }

    public static byte[] read(InputStream body, int maxBytes) {
        try {
            byte[] content = body.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw ApiException.tooLarge(maxBytes / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uploaded table file (CSV or XLSX, told apart by its bytes), as large as an upload may be. */
    public static Table table(InputStream body) {
        return Uploads.read(read(body, Uploads.MAX_BYTES));
    }

    /** Whether the bytes are a JSON object rather than a file. */
    public static boolean isJson(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** A JSON body held as bytes, read into its request record as strictly as any other. */
    public static <T> T json(byte[] body, Class<T> type) {
        return StrictJsonProvider.read(JSON, body, type);
    }
}
