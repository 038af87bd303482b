package io.dcim.power.chain;

import io.dcim.power.chain.ChainSnapshot.CabinetNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.endpoint.Feed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The chain now: each feed's load against its derated rating, and each cabinet's stranded power. */
public final class ChainLoads {

    private final ChainIndex chain;

    public ChainLoads(ChainSnapshot snapshot) {
        this.chain = new ChainIndex(snapshot);
    }

    /** Every feed of the snapshot, by cabinet name, side and feed name. */
    public List<FeedLoad> feeds() {
        int derate = chain.snapshot.deratePct();
        List<FeedLoad> out = new ArrayList<>();
        for (FeedNode f : chain.snapshot.feeds()) {
            PanelNode panel = chain.panels.get(f.panelId());
            String source = panel == null || !chain.sources.containsKey(panel.sourceId()) ? null
                    : chain.sources.get(panel.sourceId()).name();
            double watts = chain.feedW.get(f.id());
            double currentA = Circuits.currentA(f, watts, watts);
            double deratedA = Circuits.deratedA(f, derate);
            out.add(new FeedLoad(f.id(), f.name(), f.cabinetId(), chain.cabinetName(f.cabinetId()),
                    panel == null ? null : panel.name(), source, f.side(), f.phases(), f.voltageV(),
                    f.breakerRatingA(), FailoverAnalysis.oneDecimal(deratedA),
                    Math.round(Circuits.deratedW(f, derate)), Math.round(watts), f.measuredW() != null,
                    FailoverAnalysis.oneDecimal(currentA), FailoverAnalysis.oneDecimal(100 * currentA / deratedA)));
        }
        out.sort(Comparator.comparing(FeedLoad::cabinetName).thenComparing(FeedLoad::side)
                .thenComparing(FeedLoad::feedName));
        return out;
    }

    /** Every cabinet of the snapshot that has feeds, by name. */
    public List<CabinetPower> cabinets() {
        int derate = chain.snapshot.deratePct();
        List<CabinetPower> out = new ArrayList<>();
        for (CabinetNode c : chain.snapshot.cabinets()) {
            List<FeedNode> feeds = chain.feedsByCabinet.getOrDefault(c.id(), List.of());
            if (feeds.isEmpty()) {
                continue;
            }
            long redundant = redundantW(feeds, derate);
            out.add(new CabinetPower(c.id(), c.name(), c.contractedW(), feeds.size(), redundant,
                    Math.max(0, c.contractedW() - redundant)));
        }
        out.sort(Comparator.comparing(CabinetPower::cabinetName));
        return out;
    }

    /**
     * What a cabinet's feeds deliver, derated, with either side lost: with one side gone the other carries the
     * cabinet, so the weaker side is what redundancy leaves; 0 when all its feeds are on one side.
     */
    static long redundantW(List<FeedNode> feeds, int deratePct) {
        Map<Feed, Double> bySide = new EnumMap<>(Feed.class);
        feeds.forEach(f -> bySide.merge(f.side(), Circuits.deratedW(f, deratePct), Double::sum));
        return bySide.size() < 2 ? 0
                : Math.round(bySide.values().stream().mapToDouble(Double::doubleValue).min().orElse(0));
    }
}
