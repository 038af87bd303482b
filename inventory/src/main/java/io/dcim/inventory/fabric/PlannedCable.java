package io.dcim.inventory.fabric;

import io.dcim.inventory.cable.CableType;
import java.io.Serializable;

/**
 * One cable of a plan as installers read it: its label, its tier, how far it reaches (which
 * decides its type and whether it needs two transceivers), and both ends by device and port.
 * Port ids are 0 when the plan is not laid onto devices (the names are then the plan's own).
 */
public record PlannedCable(String label, FabricTier tier, LinkClass reach, CableType type, String fromDevice,
        String fromPort, String toDevice, String toPort, long fromPortId, long toPortId) implements Serializable {

    /** Two for fibre between optics, none for copper or an active optical cable. */
    public int transceivers() {
        return reach == LinkClass.BEYOND_ROW ? 2 : 0;
    }
}
