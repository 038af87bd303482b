package io.dcim.inventory.cable;

import java.io.Serializable;

/**
 * One port's outcome: the port of the reporting device, the recorded cable on it (none when
 * UNEXPECTED), the far end the cabling expects and what the port sees (none when MISSING), and the
 * port's id when the port holds a recorded cable (what an alarm on the port is keyed by).
 */
public record CheckFinding(CheckOutcome outcome, String device, String port, Long cableId, String cableLabel,
        String expectedDevice, String expectedPort, String seenDevice, String seenPort, Long portId)
        implements Serializable {
}
