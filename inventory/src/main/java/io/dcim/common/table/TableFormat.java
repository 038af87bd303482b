package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.Locale;

/** The two spreadsheet formats people exchange with the console. */
public enum TableFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** XLSX files are zip archives: their first bytes say so whatever the file is called. */
    public static TableFormat sniff(byte[] content) {
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? XLSX : CSV;
    }

    /** The format a request parameter names ({@code csv} or {@code xlsx}). */
    public static TableFormat named(String field, String name) {
        if (name == null || name.isBlank()) {
            return CSV;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, Message.of("common.table.unknownFormat", Table.excerpt(name)));
        }
    }
}
