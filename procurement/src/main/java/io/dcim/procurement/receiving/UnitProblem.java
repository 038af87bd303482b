package io.dcim.procurement.receiving;

import java.io.Serializable;

/**
 * Why one unit of a delivery was refused.
 *
 * @param unit   the unit's position in the delivery, from 1 (the grid row, or the packing list's data row)
 * @param line   the packing list's line the unit is on, as the person's editor numbers it; null for units
 *               not read from a file
 * @param column the unit's field at fault ({@code serial}, {@code gpuSerials}, {@code cabinet}…; for a
 *               packing list its column, {@code gpu_serials}), or {@code null}
 */
public record UnitProblem(int unit, Integer line, String column, String message) implements Serializable {

    public UnitProblem(int unit, String column, String message) {
        this(unit, null, column, message);
    }

    /** "line 4" for a packing list's unit, else "unit 3". */
    public String where() {
        return line == null ? "unit " + unit : "line " + line;
    }
}
