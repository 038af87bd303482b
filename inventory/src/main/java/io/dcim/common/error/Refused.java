package io.dcim.common.error;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Why one part of a batch (a line of an upload, a unit of a delivery) was refused: the field at fault
 * and the reason, which pages read in the viewer's language ({@link #message(Locale)}). Subclasses add
 * where the part stands in its batch.
 *
 * <p>Not a record on purpose: the API writes these as JSON from their bean getters, and a record would
 * also write the reason's key and arguments; the answer carries the sentence in English.
 */
public abstract class Refused implements Serializable {

    private final String column;
    private final Message why;

    protected Refused(String column, Message why) {
        this.column = column;
        this.why = Objects.requireNonNull(why);
    }

    /** The field at fault, or {@code null} when the part as a whole is. */
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

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message();
    }

    /** ", column" when a field is at fault: the middle of {@code toString()}. */
    protected String columnSuffix() {
        return column == null ? "" : ", " + column;
    }
}
