package io.dcim.procurement.receiving;

import io.dcim.common.error.Message;
import io.dcim.common.error.Refused;
import java.util.Objects;

/**
 * Why one unit of a delivery was refused. The API lists refused units as {@code unit, line, column,
 * message} (see {@link Refused}).
 */
public final class UnitProblem extends Refused {

    private final int unit;
    private final Integer line;

    /**
     * @param unit   the unit's position in the delivery, from 1 (the grid row, or the packing list's data row)
     * @param line   the packing list's line the unit is on, as the person's editor numbers it; null for units
     *               not read from a file
     * @param column the unit's field at fault ({@code serial}, {@code gpuSerials}, {@code cabinet}…; for a
     *               packing list its column, {@code gpu_serials}), or {@code null}
     */
    public UnitProblem(int unit, Integer line, String column, Message why) {
        super(column, why);
        this.unit = unit;
        this.line = line;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitProblem p && unit == p.unit && Objects.equals(line, p.line)
                && Objects.equals(column(), p.column()) && why().equals(p.why());
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, line, column(), why());
    }

    @Override
    public String toString() {
        return where() + columnSuffix() + ": " + message();
    }
}
