package io.dcim.power.chain;

import io.dcim.power.endpoint.Feed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A site's whole power chain and what its meters read now, loaded at once: everything a load figure or a failover
 * answer needs, so that computing them asks the database nothing more.
 *
 * @param deratePct the share of a breaker's rating continuous load is held to, in %
 */
public record ChainSnapshot(long siteId, int deratePct, List<SourceNode> sources, List<PanelNode> panels,
                            List<FeedNode> feeds, List<DeviceNode> devices, List<CabinetNode> cabinets) {

    public ChainSnapshot {
        sources = List.copyOf(sources);
        panels = List.copyOf(panels);
        feeds = List.copyOf(feeds);
        devices = List.copyOf(devices);
        cabinets = List.copyOf(cabinets);
    }

    public record SourceNode(long id, String name, SourceKind kind, long capacityW) {
    }

    public record PanelNode(long id, String name, long sourceId) {
    }

    /**
     * A circuit and what its PDU reads now.
     *
     * @param measuredW      the PDU's current power, null without a PDU or a current reading
     * @param measuredPhaseA the PDU's most loaded phase now, null without one
     */
    public record FeedNode(long id, String name, long panelId, long cabinetId, Feed side, int phases, int voltageV,
                           int breakerRatingA, Double measuredW, Double measuredPhaseA) {
    }

    /**
     * A device with supplies recorded.
     *
     * @param typicalW      its catalog model's typical draw
     * @param measuredW     its own measured draw (the sum of its outlets when each of its supplies' outlets is
     *                      metered), null when nothing measures it alone
     * @param needed        supplies it needs to keep running
     * @param supplyFeedIds the feed of each of its supplies (a feed twice when two supplies share it)
     * @param supplyW       what each supply draws now, in the order of {@code supplyFeedIds}: its PDU outlet's
     *                      power, null where no outlet meters it
     */
    public record DeviceNode(long id, String name, long cabinetId, int typicalW, Double measuredW, int needed,
                             List<Long> supplyFeedIds, List<Double> supplyW) {

        public DeviceNode {
            supplyFeedIds = List.copyOf(supplyFeedIds);
            if (supplyW.size() != supplyFeedIds.size()) {
                throw new IllegalArgumentException("one reading or null per supply");
            }
            supplyW = Collections.unmodifiableList(new ArrayList<>(supplyW)); // nulls: supplies no outlet meters
        }

        /** A device no outlet meters. */
        public DeviceNode(long id, String name, long cabinetId, int typicalW, Double measuredW, int needed,
                          List<Long> supplyFeedIds) {
            this(id, name, cabinetId, typicalW, measuredW, needed, supplyFeedIds,
                    Collections.nCopies(supplyFeedIds.size(), null));
        }
    }

    public record CabinetNode(long id, String name, int contractedW) {
    }
}
