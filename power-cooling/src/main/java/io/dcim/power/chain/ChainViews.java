package io.dcim.power.chain;

import io.dcim.power.endpoint.Feed;
import java.io.Serializable;

/** Parts of the chain as the pages and the API show them, each with the version an edit must name. Values. */
public final class ChainViews {

    private ChainViews() {
    }

    public record SourceView(long id, int version, long siteId, String name, SourceKind kind, long capacityW)
            implements Serializable {
    }

    public record PanelView(long id, int version, long sourceId, String sourceName, String name, int phases,
                            int voltageV, int ratingA) implements Serializable {
    }

    /**
     * A feed with the names people know its panel, source, cabinet (in its room) and PDU by.
     *
     * @param pduName the SNMP target metering it, null without one
     */
    public record FeedView(long id, int version, long panelId, String panelName, String sourceName, long cabinetId,
                           String roomName, String cabinetName, String name, Feed side, int phases, int voltageV,
                           int breakerRatingA, Long pduTargetId, String pduName) implements Serializable {
    }

    /** Supply {@code supplyIndex} of a device and the feed it is plugged into (null: not plugged in). */
    public record SupplyView(long deviceId, int supplyIndex, Long feedId, String feedName, Integer outlet)
            implements Serializable {
    }

    /**
     * A device's supplies as its model has them, and the feeds of its cabinet it may plug them into.
     *
     * @param supplies how many supplies its model has (1 unless recorded)
     */
    public record DeviceSupplies(long deviceId, String deviceName, long cabinetId, int supplies,
                                 java.util.List<SupplyView> plugged, java.util.List<FeedView> cabinetFeeds)
            implements Serializable {
    }

    /** A cabinet's devices with their supplies, and the feeds of the cabinet they may be plugged into. */
    public record CabinetSupplies(long cabinetId, String cabinetName, long siteId,
                                  java.util.List<DeviceSupplies> devices, java.util.List<FeedView> feeds)
            implements Serializable {
    }
}
