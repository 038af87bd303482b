package io.dcim.power.chain;

import io.dcim.power.endpoint.Feed;

/** What people give to add a part of the chain or plug a supply in. */
public final class ChainSpecs {

    private ChainSpecs() {
    }

    public record NewSource(long siteId, String name, SourceKind kind, long capacityW) {
    }

    public record NewPanel(long sourceId, String name, int phases, int voltageV, int ratingA) {
    }

    /** A feed from a panel to a cabinet; {@code pduTargetId} names the rack PDU (an SNMP target) that meters it. */
    public record NewFeed(long panelId, long cabinetId, String name, Feed side, int phases, int voltageV,
                          int breakerRatingA, Long pduTargetId) {
    }

    /**
     * Supply {@code supplyIndex} (from 1) of the device plugs into the feed, at outlet {@code outlet} (from 1) of
     * the feed's PDU when known (null when not).
     */
    public record Plug(long deviceId, int supplyIndex, long feedId, Integer outlet, boolean outletStated) {

        /** Outlet not stated: a supply staying on its feed keeps the outlet recorded (the API's field left out). */
        public Plug(long deviceId, int supplyIndex, long feedId) {
            this(deviceId, supplyIndex, feedId, null, false);
        }

        /** An outlet named is stated; null is not (as the API reads a field left out). */
        public Plug(long deviceId, int supplyIndex, long feedId, Integer outlet) {
            this(deviceId, supplyIndex, feedId, outlet, outlet != null);
        }

        /** Stated even when null (none): the console's page and the supplies sheet show every supply's outlet. */
        public static Plug atOutlet(long deviceId, int supplyIndex, long feedId, Integer outlet) {
            return new Plug(deviceId, supplyIndex, feedId, outlet, true);
        }
    }

    /** What was written: its id and version (the version a later edit must name). */
    public record Saved(long id, int version) {
    }
}
