package io.dcim.inventory.cable;

import io.dcim.inventory.catalog.DeviceKind;
import java.io.Serializable;

/**
 * An installed cable between two ports, as other modules read it (a simulator that plays the switches'
 * neighbour tables, a check): its A and B devices by name (or asset tag), their kinds and ports, and
 * whether either end is a patch-panel position.
 */
public record RecordedLink(long cableId, String label, String aDevice, DeviceKind aKind, String aPort, String bDevice,
        DeviceKind bKind, String bPort, boolean throughPanel) implements Serializable {
}
