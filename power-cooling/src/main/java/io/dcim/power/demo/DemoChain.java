package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.power.chain.ChainService;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.endpoint.Feed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo site's power chain, recorded once (a site that has sources keeps them): every hall has a UPS-A and a
 * UPS-B sized for its cabinets' contracts, every row a panel on each, every cabinet an A and a B three-phase
 * 400 V / 32 A feed metered by its two rack PDUs. Servers are 4+4 (GPU) or 1+1 with supplies alternating A and B;
 * switches and storage 1+1; each supply on the next free outlet of its side's PDU, in device order, so the
 * simulator's PDUs meter each device's supplies ({@link #outlets}). Made wrong on purpose, for the failover page
 * to find:
 * <ul>
 *   <li>the cabinet with the most allocated GPUs is wired with three-phase 400 V / 16 A feeds (8.9 kW derated a
 *       side, a cabinet wired for 11 kW that now holds the busiest GPU load): it runs on both, and one side cannot
 *       carry it when the other fails;</li>
 *   <li>the first {@value #SINGLE_CORDED} switches elsewhere have only their first supply plugged, on A.</li>
 * </ul>
 */
final class DemoChain {

    static final int SINGLE_CORDED = 3;
    private static final Set<DeviceKind> POWERED = Set.of(DeviceKind.GPU_SERVER, DeviceKind.CPU_SERVER,
            DeviceKind.NETWORK_SWITCH, DeviceKind.STORAGE);
    private static final int PANEL_RATING_A = 800;
    private static final int FEED_BREAKER_A = 32;
    private static final int UNDERSIZED_BREAKER_A = 16;

    /** What was recorded; all zero when the site had a chain already. */
    record Made(int sources, int feeds, int plugs, Long overloadedCabinetId, List<Long> singleCorded) {
    }

    private DemoChain() {
    }

    static Made recordIfNone(Database db, DemoInventory inventory, Map<String, Long> targetIds) {
        long siteId = inventory.site().id();
        ChainService chain = new ChainService();
        boolean recorded = db.read(session -> session.createQuery(
                "select count(s) from PowerSource s where s.siteId = :site", Long.class)
                .setParameter("site", siteId).getSingleResult() > 0);
        if (recorded) {
            return new Made(0, 0, 0, null, List.of());
        }
        Long overloaded = busiestCabinet(inventory);
        Map<Long, List<Long>> pdusByCabinet = new HashMap<>();
        inventory.devices().stream().filter(d -> d.kind() == DeviceKind.PDU && d.cabinetId() != null)
                .forEach(d -> pdusByCabinet.computeIfAbsent(d.cabinetId(), k -> new ArrayList<>())
                        .add(targetIds.get(d.assetTag())));
        Map<Long, List<CabinetDirectory.Placement>> byRoom = new LinkedHashMap<>();
        List<DeviceDirectory.Powered> devices = db.read(session -> {
            CabinetDirectory.inSite(session, siteId).forEach(c ->
                    byRoom.computeIfAbsent(c.roomId(), k -> new ArrayList<>()).add(c));
            return DeviceDirectory.poweredInSite(session, siteId).stream()
                    .filter(d -> POWERED.contains(d.kind())).toList();
        });
        List<Long> singleCorded = devices.stream()
                .filter(d -> d.kind() == DeviceKind.NETWORK_SWITCH && !Long.valueOf(d.cabinetId()).equals(overloaded))
                .limit(SINGLE_CORDED).map(DeviceDirectory.Powered::id).toList();
        Map<Long, List<DeviceDirectory.Powered>> devicesByCabinet = new HashMap<>();
        devices.forEach(d -> devicesByCabinet.computeIfAbsent(d.cabinetId(), k -> new ArrayList<>()).add(d));
        Map<Long, DeviceKind> models = new HashMap<>();
        devices.forEach(d -> models.putIfAbsent(d.modelId(), d.kind()));
        db.execute(session -> models.forEach((model, kind) -> chain.setSupplies(session, model,
                kind == DeviceKind.GPU_SERVER ? 8 : 2, kind == DeviceKind.GPU_SERVER ? 4 : 1)));
        int sources = 0;
        int feeds = 0;
        int plugs = 0;
        for (List<CabinetDirectory.Placement> room : byRoom.values()) {
            Counts counts = db.inTransaction(session -> recordRoom(session, chain, siteId, room, overloaded,
                    pdusByCabinet, devicesByCabinet, singleCorded));
            sources += 2;
            feeds += counts.feeds;
            plugs += counts.plugs;
        }
        return new Made(sources, feeds, plugs, overloaded, singleCorded);
    }

    private record Counts(int feeds, int plugs) {
    }

    private static Counts recordRoom(org.hibernate.Session session, ChainService chain, long siteId,
                                     List<CabinetDirectory.Placement> room, Long overloaded,
                                     Map<Long, List<Long>> pdusByCabinet,
                                     Map<Long, List<DeviceDirectory.Powered>> devicesByCabinet,
                                     List<Long> singleCorded) {
        String hall = room.get(0).roomName();
        long contracted = room.stream().mapToLong(CabinetDirectory.Placement::contractedW).sum();
        Map<Feed, Long> ups = Map.of(
                Feed.A, chain.addSource(session, new NewSource(siteId, hall + " UPS-A", SourceKind.UPS,
                        Math.max(1, contracted))).id(),
                Feed.B, chain.addSource(session, new NewSource(siteId, hall + " UPS-B", SourceKind.UPS,
                        Math.max(1, contracted))).id());
        Map<String, Long> panels = new HashMap<>();
        List<Plug> plugs = new ArrayList<>();
        Map<Long, Integer> lastOutlet = new HashMap<>();
        int feeds = 0;
        for (CabinetDirectory.Placement c : room) {
            boolean undersized = Long.valueOf(c.id()).equals(overloaded);
            List<Long> pdus = pdusByCabinet.getOrDefault(c.id(), List.of());
            Map<Feed, Long> feedOf = new HashMap<>();
            Map<Feed, Boolean> metered = new HashMap<>();
            for (Feed side : Feed.values()) {
                long panel = panels.computeIfAbsent(c.rowName() + side, k -> chain.addPanel(session,
                        new NewPanel(ups.get(side), hall + " " + c.rowName() + "-" + side, 3, 400, PANEL_RATING_A))
                        .id());
                int index = side.ordinal();
                Long pdu = index < pdus.size() ? pdus.get(index) : null;
                metered.put(side, pdu != null);
                feedOf.put(side, chain.addFeed(session, new NewFeed(panel, c.id(), c.name() + "-" + side, side,
                        3, 400, undersized ? UNDERSIZED_BREAKER_A : FEED_BREAKER_A, pdu)).id());
                feeds++;
            }
            for (DeviceDirectory.Powered d : devicesByCabinet.getOrDefault(c.id(), List.of())) {
                int supplies = singleCorded.contains(d.id()) ? 1 : d.kind() == DeviceKind.GPU_SERVER ? 8 : 2;
                for (int i = 1; i <= supplies; i++) {
                    Feed side = i % 2 == 1 ? Feed.A : Feed.B;
                    long feed = feedOf.get(side);
                    plugs.add(new Plug(d.id(), i, feed,
                            metered.get(side) ? lastOutlet.merge(feed, 1, Integer::sum) : null));
                }
            }
            // Every part added is flushed (and only its id kept): without the parts already added in the session, the
            // next feed's checks (queries, so automatic flushes of all the session holds) do not go over a hundred
            // cabinets' feeds again each time.
            session.clear();
        }
        chain.plug(session, plugs);
        return new Counts(feeds, plugs.size());
    }

    /**
     * The outlets the site's chain plugs supplies into, by PDU device (what the simulator's PDUs then meter): each
     * with its device, that device's plugged supplies and typical draw. Two queries and the site's devices.
     */
    static Map<Long, List<DemoModel.Outlet>> outlets(Database db, DemoInventory inventory, Map<String, Long> targetIds) {
        Map<Long, Long> pduOfTarget = new HashMap<>();
        inventory.devices().stream().filter(d -> d.kind() == DeviceKind.PDU && targetIds.containsKey(d.assetTag()))
                .forEach(d -> pduOfTarget.put(targetIds.get(d.assetTag()), d.id()));
        long siteId = inventory.site().id();
        return db.read(session -> {
            Map<Long, Integer> typical = new HashMap<>();
            DeviceDirectory.poweredInSite(session, siteId).forEach(d -> typical.put(d.id(), d.typicalW()));
            Map<Long, Integer> supplies = new HashMap<>();
            session.createQuery("select s.deviceId, count(s) from DeviceSupply s join s.feed f"
                    + " where f.panel.source.siteId = :site group by s.deviceId", Object[].class)
                    .setParameter("site", siteId).getResultList()
                    .forEach(r -> supplies.put((Long) r[0], ((Long) r[1]).intValue()));
            Map<Long, List<DemoModel.Outlet>> out = new HashMap<>();
            for (Object[] r : session.createQuery("select f.pduTargetId, s.outlet, s.deviceId from DeviceSupply s"
                    + " join s.feed f where f.panel.source.siteId = :site and s.outlet is not null"
                    + " and f.pduTargetId is not null order by s.outlet", Object[].class)
                    .setParameter("site", siteId).getResultList()) {
                Long pdu = pduOfTarget.get((Long) r[0]);
                long device = (Long) r[2];
                if (pdu != null) {
                    out.computeIfAbsent(pdu, k -> new ArrayList<>()).add(new DemoModel.Outlet((Integer) r[1], device,
                            supplies.getOrDefault(device, 1), typical.getOrDefault(device, 0)));
                }
            }
            return out;
        });
    }

    /** The cabinet whose GPU servers have the most GPUs allocated: the one that draws the most. */
    private static Long busiestCabinet(DemoInventory inventory) {
        Map<Long, Integer> allocated = new HashMap<>();
        inventory.gpuServers().forEach(s -> allocated.merge(s.cabinetId(), s.allocated(), Integer::sum));
        return allocated.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
