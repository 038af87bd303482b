package io.dcim.power.chain;

import java.io.Serializable;

/**
 * How devices of one catalog model are powered: how many supplies they have and how many keep them running. A
 * model with nothing recorded is single-corded (1 and 1).
 *
 * @param recorded whether the catalog says so, rather than the single-corded default
 */
public record ModelSupplies(long deviceModelId, int supplies, int needed, boolean recorded) implements Serializable {

    static ModelSupplies of(long deviceModelId, SupplySpec spec) {
        return spec == null ? new ModelSupplies(deviceModelId, 1, 1, false)
                : new ModelSupplies(deviceModelId, spec.getSupplies(), spec.getNeeded(), true);
    }

    /**
     * The redundancy as the trade writes it, needed + spare: {@code 4+4} for eight supplies of which four carry the
     * load, {@code 2+1} (N+1) for three of which two do, {@code 1+0} for a single cord.
     */
    public String redundancy() {
        return needed + "+" + (supplies - needed);
    }

    /** Whether a device keeps running when one of its supplies (or the feed behind it) goes. */
    public boolean survivesOneSupply() {
        return supplies > needed;
    }
}
