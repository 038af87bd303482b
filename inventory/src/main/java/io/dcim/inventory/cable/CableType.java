package io.dcim.inventory.cable;

/**
 * The cable itself. DAC and AOC carry their transceivers on the cable; MMF and SMF are fibre
 * patch cords between two transceivers or patch positions; CAT6 is copper for RJ45
 * management, BMC and console ports; a breakout splits one fast port into 2 or 4 slower ones.
 */
public enum CableType {
    DAC, AOC, MMF, SMF, MPO_TRUNK, BREAKOUT, CAT6
}
