package io.dcim.inventory.cable;

import io.dcim.common.edit.Change;
import java.math.BigDecimal;

/**
 * What one edit of a cable changes: its label, length and colour (absent changes keep the value,
 * a change to null clears an optional one) and its status, forward only (null: unchanged).
 */
public record CableUpdate(Change<String> label, Change<BigDecimal> lengthM, Change<String> colour, CableStatus status) {

    boolean relabels() {
        return Change.any(label, lengthM, colour);
    }
}
