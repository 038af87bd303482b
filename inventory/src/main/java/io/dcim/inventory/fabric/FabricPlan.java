package io.dcim.inventory.fabric;

import java.util.List;

/**
 * A computed fabric: scalable units of {@code serversPerUnit} servers (each unit's rail i on
 * its own leaf), switch counts and port use per layer, cables per tier by length class, the
 * transceivers the optical links need, and the cost.
 */
public record FabricPlan(FabricRequest request, int servers, int scalableUnits, int serversPerUnit, int pods,
        PortUse leaves, PortUse spines, PortUse superSpines, List<TierCables> cables, long transceivers, FabricCost cost)
        implements java.io.Serializable {

    public long totalCables() {
        return cables.stream().mapToLong(TierCables::total).sum();
    }

    public TierCables tier(FabricTier tier) {
        return cables.stream().filter(c -> c.tier() == tier).findFirst().orElse(new TierCables(tier, 0, 0, 0));
    }
}
