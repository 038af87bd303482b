package io.dcim.power.chain;

import io.dcim.power.chain.ChainSnapshot.CabinetNode;
import io.dcim.power.chain.ChainSnapshot.DeviceNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.chain.ChainSnapshot.SourceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot indexed for the questions asked of it, and each device's draw and each feed's load now.
 *
 * <p>A device's draw is its own measurement when it has one (the sum of its outlets when every supply's outlet is
 * metered); otherwise its typical draw, scaled so that the cabinet's unmeasured devices add up to what the
 * cabinet's PDUs measure beyond the measured devices (when every feed of the cabinet is metered): the meters are
 * the truth, the catalog only says how it divides. Now, a supply draws what its outlet meters, else an even share
 * of what the device's metered outlets leave of its draw; when feeds fail, the device's draw is split evenly over
 * its live supplies (supplies share load). A feed's load is its PDU's measurement, else the share of the devices
 * on it.
 */
final class ChainIndex {

    final ChainSnapshot snapshot;
    final Map<Long, FeedNode> feeds = new HashMap<>();
    final Map<Long, PanelNode> panels = new HashMap<>();
    final Map<Long, SourceNode> sources = new HashMap<>();
    final Map<Long, CabinetNode> cabinets = new HashMap<>();
    final Map<Long, List<FeedNode>> feedsByPanel = new HashMap<>();
    final Map<Long, List<PanelNode>> panelsBySource = new HashMap<>();
    final Map<Long, List<FeedNode>> feedsByCabinet = new HashMap<>();
    final Map<Long, List<DeviceNode>> devicesByFeed = new HashMap<>();
    final Map<Long, Double> drawW = new HashMap<>();
    final Map<Long, Double> feedW = new HashMap<>();

    ChainIndex(ChainSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.sources().forEach(s -> sources.put(s.id(), s));
        snapshot.cabinets().forEach(c -> cabinets.put(c.id(), c));
        for (PanelNode p : snapshot.panels()) {
            panels.put(p.id(), p);
            panelsBySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        }
        for (FeedNode f : snapshot.feeds()) {
            feeds.put(f.id(), f);
            feedsByPanel.computeIfAbsent(f.panelId(), k -> new ArrayList<>()).add(f);
            feedsByCabinet.computeIfAbsent(f.cabinetId(), k -> new ArrayList<>()).add(f);
        }
        for (DeviceNode d : snapshot.devices()) {
            for (Long feedId : new LinkedHashSet<>(d.supplyFeedIds())) {
                devicesByFeed.computeIfAbsent(feedId, k -> new ArrayList<>()).add(d);
            }
        }
        drawDevices();
        loadFeeds();
    }

    private void drawDevices() {
        Map<Long, List<DeviceNode>> byCabinet = new HashMap<>();
        snapshot.devices().forEach(d -> byCabinet.computeIfAbsent(d.cabinetId(), k -> new ArrayList<>()).add(d));
        byCabinet.forEach((cabinetId, devices) -> {
            double scale = typicalScale(feedsByCabinet.getOrDefault(cabinetId, List.of()), devices);
            for (DeviceNode d : devices) {
                // partly metered: never less than what its metered outlets already read
                drawW.put(d.id(), d.measuredW() != null ? d.measuredW()
                        : Math.max(d.typicalW() * scale, meteredW(d)));
            }
        });
    }

    private static double meteredW(DeviceNode d) {
        double sum = 0;
        for (Double w : d.supplyW()) {
            sum += w == null ? 0 : w;
        }
        return sum;
    }

    private static double typicalScale(List<FeedNode> cabinetFeeds, List<DeviceNode> devices) {
        if (cabinetFeeds.isEmpty() || cabinetFeeds.stream().anyMatch(f -> f.measuredW() == null)) {
            return 1;
        }
        double metered = cabinetFeeds.stream().mapToDouble(FeedNode::measuredW).sum();
        double measuredDevices = 0;
        double typical = 0;
        for (DeviceNode d : devices) {
            if (d.measuredW() != null) {
                measuredDevices += d.measuredW();
            } else {
                typical += d.typicalW();
            }
        }
        return typical > 0 ? Math.max(0, metered - measuredDevices) / typical : 1;
    }

    private void loadFeeds() {
        for (FeedNode f : snapshot.feeds()) {
            double watts = f.measuredW() != null ? f.measuredW() : 0;
            if (f.measuredW() == null) {
                for (DeviceNode d : devicesByFeed.getOrDefault(f.id(), List.of())) {
                    watts += share(d, f.id(), Set.of());
                }
            }
            feedW.put(f.id(), watts);
        }
    }

    /** The watts the device draws through the feed while the given feeds are down. */
    double share(DeviceNode d, long feedId, Set<Long> failed) {
        if (failed.isEmpty()) {
            return shareNow(d, feedId);
        }
        int live = 0;
        int onFeed = 0;
        for (Long f : d.supplyFeedIds()) {
            if (!failed.contains(f)) {
                live++;
                if (f == feedId) {
                    onFeed++;
                }
            }
        }
        return live == 0 ? 0 : drawW.get(d.id()) * onFeed / live;
    }

    /** Through the feed now: the metered outlets' power, and the rest of the draw split over unmetered supplies. */
    private double shareNow(DeviceNode d, long feedId) {
        double metered = 0;
        int unmetered = 0;
        int unmeteredOnFeed = 0;
        double onFeed = 0;
        for (int i = 0; i < d.supplyFeedIds().size(); i++) {
            Double watts = d.supplyW().get(i);
            boolean here = d.supplyFeedIds().get(i) == feedId;
            if (watts != null) {
                metered += watts;
                onFeed += here ? watts : 0;
            } else {
                unmetered++;
                unmeteredOnFeed += here ? 1 : 0;
            }
        }
        return unmetered == 0 ? onFeed
                : onFeed + Math.max(0, drawW.get(d.id()) - metered) * unmeteredOnFeed / unmetered;
    }

    /** Supplies of the device still fed while the given feeds are down. */
    static int liveSupplies(DeviceNode d, Set<Long> failed) {
        int live = 0;
        for (Long f : d.supplyFeedIds()) {
            if (!failed.contains(f)) {
                live++;
            }
        }
        return live;
    }

    /** Whether the device keeps running if any one more of its live feeds fails. */
    static boolean redundant(DeviceNode d, Set<Long> failed) {
        Map<Long, Integer> perFeed = new HashMap<>();
        int live = 0;
        for (Long f : d.supplyFeedIds()) {
            if (!failed.contains(f)) {
                perFeed.merge(f, 1, Integer::sum);
                live++;
            }
        }
        if (live < d.needed()) {
            return false;
        }
        for (int onOne : perFeed.values()) {
            if (live - onOne < d.needed()) {
                return false;
            }
        }
        return true;
    }

    String cabinetName(long cabinetId) {
        CabinetNode c = cabinets.get(cabinetId);
        return c == null ? String.valueOf(cabinetId) : c.name();
    }
}
