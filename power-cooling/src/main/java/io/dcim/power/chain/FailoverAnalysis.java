package io.dcim.power.chain;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.power.chain.ChainSnapshot.DeviceNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.chain.ChainSnapshot.SourceNode;
import io.dcim.power.chain.FailoverResult.CabinetRef;
import io.dcim.power.chain.FailoverResult.LostDevice;
import io.dcim.power.chain.FailoverResult.Overload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "If this fails": the feeds a source, panel or feed takes down, every affected device's draw moved onto its
 * surviving supplies' feeds, and what that does. Only the devices on the failed feeds are visited, so asking it
 * for every element of a site costs about as much as a few passes over the site's devices.
 *
 * <p>The overloaded circuits are those whose load the failure changes; a circuit over its rating already is
 * shown by the per-feed loads, failure or not.
 */
public final class FailoverAnalysis {

    private final ChainIndex chain;

    public FailoverAnalysis(ChainSnapshot snapshot) {
        this.chain = new ChainIndex(snapshot);
    }

    FailoverAnalysis(ChainIndex chain) {
        this.chain = chain;
    }

    /** Every source, panel and feed of the site, each failed on its own: sources first, then panels, then feeds. */
    public List<SinglePoint> singlePointsOfFailure() {
        List<SinglePoint> out = new ArrayList<>();
        for (SourceNode s : chain.snapshot.sources()) {
            out.add(SinglePoint.of(fail(ElementKind.SOURCE, s.id())));
        }
        for (PanelNode p : chain.snapshot.panels()) {
            out.add(SinglePoint.of(fail(ElementKind.PANEL, p.id())));
        }
        for (FeedNode f : chain.snapshot.feeds()) {
            out.add(SinglePoint.of(fail(ElementKind.FEED, f.id())));
        }
        return out;
    }

    public FailoverResult fail(ElementKind kind, long id) {
        ChainElement element = element(kind, id);
        Set<Long> failed = failedFeeds(kind, id);
        Map<Long, DeviceNode> touched = new LinkedHashMap<>();
        for (Long f : failed) {
            chain.devicesByFeed.getOrDefault(f, List.of()).forEach(d -> touched.put(d.id(), d));
        }
        Map<Long, Double> delta = new HashMap<>();
        List<LostDevice> lost = new ArrayList<>();
        Set<Long> cabinetsLosingRedundancy = new LinkedHashSet<>();
        for (DeviceNode d : touched.values()) {
            for (Long f : new LinkedHashSet<>(d.supplyFeedIds())) {
                if (!failed.contains(f)) {
                    delta.merge(f, chain.share(d, f, failed) - chain.share(d, f, Set.of()), Double::sum);
                }
            }
            LossReason reason = loss(d, failed);
            if (reason != null) {
                lost.add(new LostDevice(d.id(), d.name(), d.cabinetId(), chain.cabinetName(d.cabinetId()), reason));
            }
            if (ChainIndex.redundant(d, Set.of()) && !ChainIndex.redundant(d, failed)) {
                cabinetsLosingRedundancy.add(d.cabinetId());
            }
        }
        List<Overload> overloaded = overloads(delta);
        lost.sort(Comparator.comparing(LostDevice::cabinetName).thenComparing(LostDevice::deviceName));
        List<CabinetRef> cabinets = cabinetsLosingRedundancy.stream()
                .map(c -> new CabinetRef(c, chain.cabinetName(c)))
                .sorted(Comparator.comparing(CabinetRef::name)).toList();
        return new FailoverResult(element, failed.size(), overloaded, lost, cabinets);
    }

    private List<Overload> overloads(Map<Long, Double> delta) {
        int derate = chain.snapshot.deratePct();
        List<Overload> out = new ArrayList<>();
        delta.forEach((feedId, added) -> {
            FeedNode f = chain.feeds.get(feedId);
            if (f == null) {
                return;
            }
            double before = chain.feedW.get(feedId);
            double after = before + added;
            double deratedA = Circuits.deratedA(f, derate);
            double afterA = Circuits.currentA(f, before, after);
            if (afterA > deratedA) {
                out.add(new Overload(f.id(), f.name(), f.cabinetId(), chain.cabinetName(f.cabinetId()),
                        f.breakerRatingA(), deratedA, Math.round(before), Math.round(after),
                        oneDecimal(Circuits.currentA(f, before, before)), oneDecimal(afterA),
                        oneDecimal(afterA - deratedA), oneDecimal(100 * afterA / deratedA)));
            }
        });
        out.sort(Comparator.comparing(Overload::pctOfDerated).reversed().thenComparing(Overload::feedName));
        return out;
    }

    private static LossReason loss(DeviceNode d, Set<Long> failed) {
        int live = ChainIndex.liveSupplies(d, failed);
        if (live == 0) {
            return d.supplyFeedIds().size() == 1 ? LossReason.SINGLE_CORDED : LossReason.ALL_SUPPLIES_FAILED;
        }
        return live < d.needed() ? LossReason.TOO_FEW_SUPPLIES : null;
    }

    private ChainElement element(ElementKind kind, long id) {
        String name = switch (kind) {
            case SOURCE -> chain.sources.containsKey(id) ? chain.sources.get(id).name() : null;
            case PANEL -> chain.panels.containsKey(id) ? chain.panels.get(id).name() : null;
            case FEED -> chain.feeds.containsKey(id) ? chain.feeds.get(id).name() : null;
        };
        if (name == null) {
            String noun = "power.chain.element." + kind; // one key per kind, as enum words are
            throw new NotFoundException(Message.of(noun), id);
        }
        return new ChainElement(kind, id, name);
    }

    private Set<Long> failedFeeds(ElementKind kind, long id) {
        Set<Long> failed = new HashSet<>();
        switch (kind) {
            case FEED -> failed.add(id);
            case PANEL -> chain.feedsByPanel.getOrDefault(id, List.of()).forEach(f -> failed.add(f.id()));
            case SOURCE -> chain.panelsBySource.getOrDefault(id, List.of()).forEach(p ->
                    chain.feedsByPanel.getOrDefault(p.id(), List.of()).forEach(f -> failed.add(f.id())));
        }
        return failed;
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
