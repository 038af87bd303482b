package io.dcim.power.chain;

import java.io.Serializable;

/**
 * A cabinet's contracted power against what its feeds can deliver while either side may fail.
 *
 * @param redundantW what the cabinet can draw with every derated feed of one side lost (the weaker side counts);
 *                   0 when all its feeds are on one side
 * @param strandedW  contracted power the feeds cannot deliver with redundancy kept: contracted - redundantW, or 0
 */
public record CabinetPower(long cabinetId, String cabinetName, int contractedW, int feeds, long redundantW,
                           long strandedW) implements Serializable {
}
