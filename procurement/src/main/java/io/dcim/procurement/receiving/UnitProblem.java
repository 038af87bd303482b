package io.dcim.procurement.receiving;

import java.io.Serializable;

/**
 * Why one unit of a delivery was refused.
 *
 * @param unit   the unit's position in the delivery, from 1 (the grid row, or the packing list's data row)
 * @param column the unit's field at fault ({@code serial}, {@code gpuSerials}, {@code cabinet}…), or {@code null}
 */
public record UnitProblem(int unit, String column, String message) implements Serializable {
}
