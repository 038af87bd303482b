package io.dcim.inventory.site;

/** A site at a glance: space, power, servers and GPUs. */
public record SiteTotals(long siteId, String siteName, long cabinets, long cabinetsUsed, long uTotal, long uUsed,
        long contractedW, long typicalW, long servers, long gpus, long gpusInService, long gpusAllocated) {

    public long cabinetsEmpty() {
        return cabinets - cabinetsUsed;
    }

    public long uFree() {
        return uTotal - uUsed;
    }
}
