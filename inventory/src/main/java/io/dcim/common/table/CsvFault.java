package io.dcim.common.table;

import io.dcim.common.error.Message;
import java.util.List;

/**
 * Finds where a CSV file stops being CSV, by the rules the parser applies (RFC 4180 quoting), so
 * that the refusal names the line and the column in a sentence instead of the parser's message.
 */
final class CsvFault {

    private CsvFault() {
    }

    /**
     * @param text      the whole file
     * @param fromLine  the line the unreadable record starts on (1 for the first)
     * @param columns   the header's columns when known, to name the column; else null
     */
    static Message locate(String text, long fromLine, List<String> columns) {
        int i = startOfLine(text, fromLine);
        long line = fromLine;
        int column = 0;
        boolean atCellStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                long quoteLine = line;
                int close = i + 1;
                while (true) {
                    if (close >= text.length()) {
                        return Message.of("common.csv.unclosedQuote", quoteLine, name(column, columns));
                    }
                    char q = text.charAt(close);
                    if (q == '\n') {
                        line++;
                    }
                    if (q == '"') {
                        if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    close++;
                }
                int after = close + 1;
                while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                if (after < text.length() && ",\r\n".indexOf(text.charAt(after)) < 0) {
                    return Message.of("common.csv.textAfterQuote", line, name(column, columns));
                }
                i = after;
                atCellStart = false;
                continue;
            }
            if (c == ',') {
                column++;
                atCellStart = true;
            } else if (c == '\n') {
                line++;
                column = 0;
                atCellStart = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                atCellStart = false;
            }
            i++;
        }
        return Message.of("common.csv.unreadable", fromLine);
    }

    private static int startOfLine(String text, long line) {
        int i = 0;
        for (long l = 1; l < line && i >= 0; l++) {
            i = text.indexOf('\n', i);
            i = i < 0 ? text.length() : i + 1;
        }
        return Math.min(i, text.length());
    }

    private static Message name(int column, List<String> columns) {
        if (columns != null && column < columns.size() && !columns.get(column).isEmpty()) {
            return Message.of("common.csv.namedColumn", column + 1, columns.get(column));
        }
        return Message.of("common.csv.column", column + 1);
    }
}
