package io.dcim.power.chain;

import io.dcim.common.persistence.Database;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.endpoint.Feed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the alarm evaluation after every sweep: each cabinet's redundant capacity (what one side of its feeds can
 * carry, derated: {@link CabinetPower#redundantW()}), for every site at once in two queries (feeds, derating
 * settings), without loading devices and supplies as the failover analysis does.
 */
public final class RedundantCapacity {

    private RedundantCapacity() {
    }

    /** Cabinet id → redundant capacity in W, for every cabinet with feeds on at least two sides. */
    public static Map<Long, Long> byCabinet(Database db) {
        return db.read(session -> {
            Map<Long, Integer> derate = new HashMap<>();
            session.createQuery("select s.siteId, s.deratePct from ChainSetting s", Object[].class).getResultList()
                    .forEach(r -> derate.put((Long) r[0], (Integer) r[1]));
            Map<Long, List<FeedNode>> feeds = new HashMap<>();
            Map<Long, Long> siteOf = new HashMap<>();
            for (Object[] r : session.createQuery("select f.id, f.cabinetId, f.side, f.phases, f.voltageV,"
                    + " f.breakerRatingA, f.panel.source.siteId from PowerFeed f", Object[].class).getResultList()) {
                long cabinet = (Long) r[1];
                feeds.computeIfAbsent(cabinet, k -> new ArrayList<>()).add(new FeedNode((Long) r[0], null, 0, cabinet,
                        (Feed) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5], null, null));
                siteOf.put(cabinet, (Long) r[6]);
            }
            Map<Long, Long> out = new HashMap<>();
            feeds.forEach((cabinet, list) -> {
                long w = ChainLoads.redundantW(list,
                        derate.getOrDefault(siteOf.get(cabinet), ChainSetting.DEFAULT_DERATE_PCT));
                if (w > 0) {
                    out.put(cabinet, w);
                }
            });
            return out;
        });
    }
}
