package io.dcim.inventory.cable;

import io.dcim.inventory.port.PortKind;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the cable list. The B side shows lane 1 of a breakout ({@code lanes} says how
 * many); a decommissioned cable has no ends any more, so its end columns are null.
 */
public record CableSummary(long id, String label, CableType type, int lanes, BigDecimal lengthM, String colour,
        CableStatus status, Long aDeviceId, String aDevice, String aPort, PortKind aKind, Long bDeviceId, String bDevice,
        String bPort, PortKind bKind, int version) implements Serializable {
}
