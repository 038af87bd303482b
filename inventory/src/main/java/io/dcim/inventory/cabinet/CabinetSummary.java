package io.dcim.inventory.cabinet;

import java.io.Serializable;

/** One line of the cabinet list: where it is, how full, and its power against the contract. A value, safe to keep in a page. */
public record CabinetSummary(long id, String name, long siteId, String siteName, long roomId, String roomName, long rowId,
        String rowName, int position, int heightU, int usedU, int reservedU, long typicalW, int contractedW, int deviceCount)
        implements Serializable {

    public int freeU() {
        return heightU - usedU;
    }

    public long headroomW() {
        return contractedW - typicalW;
    }

    /** Typical load as a share of the contracted power, 0–100+. */
    public double powerUtilizationPct() {
        return contractedW == 0 ? 0 : typicalW * 100.0 / contractedW;
    }
}
