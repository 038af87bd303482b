package io.dcim.inventory.transfer;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Why one line of an upload cannot be imported: the line as the person numbers it, the column and
 * the reason, which pages read in the viewer's language ({@link #message(Locale)}).
 *
 * <p>Not a record on purpose: the API writes a report as JSON from its bean getters, and a record
 * would also write the reason's key and arguments; the answer stays {@code line, column, message}
 * with the sentence in English.
 */
public final class RowProblem implements Serializable {

    private final int line;
    private final String column;
    private final Message why;

    public RowProblem(int line, String column, Message why) {
        this.line = line;
        this.column = column;
        this.why = Objects.requireNonNull(why);
    }

    public int line() {
        return line;
    }

    /** The column at fault, or {@code null} when the file as a whole is. */
    public String column() {
        return column;
    }

    public Message why() {
        return why;
    }

    /** The reason in English, as the API and the log read it. */
    public String message() {
        return why.toString();
    }

    public String message(Locale locale) {
        return Messages.text(why, locale);
    }

    public int getLine() {
        return line;
    }

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowProblem p && line == p.line && Objects.equals(column, p.column) && why.equals(p.why);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, why);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message();
    }
}
