package io.dcim.inventory.cable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cable to record: from port {@code aPortId} to {@code bPortIds} (one port, or two or four for
 * a breakout, whose A end is the fast port). Length in metres and colour are optional.
 */
public record NewCable(String label, CableType type, Long aPortId, List<Long> bPortIds, BigDecimal lengthM, String colour,
        CableStatus status) {

    public static NewCable between(String label, CableType type, long aPortId, long bPortId, CableStatus status) {
        return new NewCable(label, type, aPortId, List.of(bPortId), null, null, status);
    }
}
