package io.dcim.inventory.cable;

import io.dcim.inventory.port.PortKind;
import java.io.Serializable;

/**
 * One port of a device with what it connects to: the cable and the port at its other end
 * (lane 1 of a breakout's split side, seen from the fast port). Cable columns are null when
 * nothing is plugged in; {@code cableVersion} is the version a disconnect or edit of the cable must name.
 */
public record PortSummary(long portId, String name, PortKind kind, boolean breakout, Long cableId, String cableLabel,
        CableType cableType, CableStatus cableStatus, Integer lanes, Long farDeviceId, String farDevice, String farPort,
        Integer cableVersion)
        implements Serializable {
}
