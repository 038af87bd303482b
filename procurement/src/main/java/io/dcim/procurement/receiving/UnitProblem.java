package io.dcim.procurement.receiving;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Why one unit of a delivery was refused; pages read the reason in the viewer's language
 * ({@link #message(Locale)}).
 *
 * <p>Not a record on purpose: the API lists refused units as JSON from their bean getters, and a
 * record would also write the reason's key and arguments; the answer stays {@code unit, line,
 * column, message} with the sentence in English.
 */
public final class UnitProblem implements Serializable {

    private final int unit;
    private final Integer line;
    private final String column;
    private final Message why;

    /**
     * @param unit   the unit's position in the delivery, from 1 (the grid row, or the packing list's data row)
     * @param line   the packing list's line the unit is on, as the person's editor numbers it; null for units
     *               not read from a file
     * @param column the unit's field at fault ({@code serial}, {@code gpuSerials}, {@code cabinet}…; for a
     *               packing list its column, {@code gpu_serials}), or {@code null}
     */
    public UnitProblem(int unit, Integer line, String column, Message why) {
        this.unit = unit;
        this.line = line;
        this.column = column;
        this.why = Objects.requireNonNull(why);
    }

    public UnitProblem(int unit, String column, Message why) {
        this(unit, null, column, why);
    }

    public int unit() {
        return unit;
    }

    public Integer line() {
        return line;
    }

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

    /** "line 4" for a packing list's unit, else "unit 3". */
    public Message where() {
        return line == null ? Message.of("procurement.receiving.unit", unit) : Message.of("procurement.receiving.line", line);
    }

    public int getUnit() {
        return unit;
    }

    public Integer getLine() {
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
        return o instanceof UnitProblem p && unit == p.unit && Objects.equals(line, p.line)
                && Objects.equals(column, p.column) && why.equals(p.why);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, line, column, why);
    }

    @Override
    public String toString() {
        return where() + (column == null ? "" : ", " + column) + ": " + message();
    }
}
