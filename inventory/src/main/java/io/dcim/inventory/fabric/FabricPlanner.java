package io.dcim.inventory.fabric;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sizes a rail-optimised GPU fabric and costs it. Pure computation: no database. */
public final class FabricPlanner {

    private final FabricPrices prices;

    public FabricPlanner(FabricPrices prices) {
        this.prices = prices;
    }

    public FabricPlan plan(FabricRequest request) {
        FabricShape shape = FabricShape.of(request);
        Map<FabricTier, long[]> counts = new EnumMap<>(FabricTier.class);
        new FabricLinks(shape, request.placement()).walk((tier, from, to, distance) ->
                counts.computeIfAbsent(tier, t -> new long[LinkClass.values().length])[distance.ordinal()]++);
        List<TierCables> cables = counts.entrySet().stream()
                .map(e -> new TierCables(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        long dac = cables.stream().mapToLong(TierCables::dac).sum();
        long aoc = cables.stream().mapToLong(TierCables::aoc).sum();
        long optics = cables.stream().mapToLong(TierCables::optics).sum();
        long transceivers = 2 * optics;
        long leafToSpine = (long) shape.leaves() * shape.leafUp();
        long spineToSuper = (long) shape.spines() * shape.spineUp();
        int radix = shape.radix();
        PortUse leaves = new PortUse(shape.leaves(), (long) shape.leaves() * radix,
                (long) shape.servers() * shape.rails() + leafToSpine);
        PortUse spines = new PortUse(shape.spines(), (long) shape.spines() * radix, leafToSpine + spineToSuper);
        PortUse supers = new PortUse(shape.superSpines(), (long) shape.superSpines() * radix, spineToSuper);
        int switches = shape.leaves() + shape.spines() + shape.superSpines();
        FabricCost cost = new FabricCost(prices.currency(), times(prices.switchEach(), switches), times(prices.dac(), dac),
                times(prices.aoc(), aoc), times(prices.fibre(), optics), times(prices.transceiver(), transceivers));
        return new FabricPlan(request, shape.servers(), shape.units(), shape.serversPerUnit(), shape.pods(), leaves, spines,
                supers, cables, transceivers, cost);
    }

    private static BigDecimal times(BigDecimal price, long count) {
        return price.multiply(BigDecimal.valueOf(count));
    }
}
