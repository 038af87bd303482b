package io.dcim.power.chain;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.cabinet.CabinetJoin;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.power.chain.ChainViews.DeviceSupplies;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.power.chain.ChainViews.SupplyView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Reads the recorded chain as people edit it: one source, panel or feed with its version, a site's sources and
 * panels, its feeds paged and sorted in the database (cabinets in natural order), and a device's supplies. Each
 * method runs in the caller's session.
 */
final class ChainQueries {

    private static final CabinetJoin CABINET = CabinetJoin.as("c");
    private static final String FEED = "select new io.dcim.power.chain.ChainViews$FeedView(f.id, f.version, p.id,"
            + " p.name, s.name, f.cabinetId, '', " + CABINET.name() + ", f.name, f.side, f.phases, f.voltageV,"
            + " f.breakerRatingA, f.pduTargetId, t.name)";
    private static final String FEED_FROM = "from PowerFeed f join f.panel p join p.source s" + CABINET.on("f.cabinetId")
            + " left join SnmpTarget t on t.id = f.pduTargetId";
    private static final SortColumns FEED_SORT = new SortColumns("cabinet", "f.id", Map.of(
            "cabinet", CABINET.naturalOrder() + ", f.side, f.name",
            "name", "f.name",
            "panel", "s.name, p.name, f.name",
            "breaker", "f.breakerRatingA"));

    private ChainQueries() {
    }

    static SourceView source(Session session, long id) {
        PowerSource s = Lookup.existing(session, PowerSource.class, id, "power source");
        return new SourceView(s.getId(), s.getVersion(), s.getSiteId(), s.getName(), s.getKind(), s.getCapacityW());
    }

    static List<SourceView> sources(Session session, long siteId) {
        return session.createQuery("select new io.dcim.power.chain.ChainViews$SourceView(s.id, s.version, s.siteId,"
                        + " s.name, s.kind, s.capacityW) from PowerSource s where s.siteId = :site order by s.name",
                SourceView.class).setParameter("site", siteId).getResultList();
    }

    static PanelView panel(Session session, long id) {
        PowerPanel p = Lookup.existing(session, PowerPanel.class, id, "panel");
        return new PanelView(p.getId(), p.getVersion(), p.getSource().getId(), p.getSource().getName(), p.getName(),
                p.getPhases(), p.getVoltageV(), p.getRatingA());
    }

    static List<PanelView> panels(Session session, long siteId) {
        return session.createQuery("select new io.dcim.power.chain.ChainViews$PanelView(p.id, p.version, s.id, s.name,"
                        + " p.name, p.phases, p.voltageV, p.ratingA) from PowerPanel p join p.source s"
                        + " where s.siteId = :site order by s.name, p.name", PanelView.class)
                .setParameter("site", siteId).getResultList();
    }

    static FeedView feed(Session session, long id) {
        List<FeedView> found = session.createQuery(FEED + " " + FEED_FROM + " where f.id = :id", FeedView.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(Message.noun(PowerFeed.class, "feed"), id);
        }
        return withRooms(session, found).get(0);
    }

    static Page<FeedView> feeds(Session session, long siteId, Long cabinetId, PageRequest request) {
        Page<FeedView> page = new PagedQuery<>(FeedView.class, FEED, FEED_FROM, "f.id", FEED_SORT)
                .where("s.siteId = :site", "site", siteId)
                .where("f.cabinetId = :cabinet", "cabinet", cabinetId)
                .fetch(session, request);
        return new Page<>(withRooms(session, page.items()), page.total(), request);
    }

    /** Every feed of the site, cabinets in natural order: what the circuit schedule lists. */
    static List<FeedView> allFeeds(Session session, long siteId) {
        return withRooms(session, new PagedQuery<>(FeedView.class, FEED, FEED_FROM, "f.id", FEED_SORT)
                .where("s.siteId = :site", "site", siteId).all(session, "cabinet", Integer.MAX_VALUE));
    }

    static DeviceSupplies deviceSupplies(Session session, long deviceId) {
        Lookup.existing(session, Device.class, deviceId, "device");
        DeviceDirectory.Powered device = DeviceDirectory.powered(session, List.of(deviceId)).get(deviceId);
        if (device == null) {
            throw new io.dcim.common.error.InvalidValueException("deviceId", Message.of("power.chain.deviceNotInCabinet",
                    deviceId));
        }
        SupplySpec spec = ChainService.supplySpec(session, device.modelId());
        int supplies = spec == null ? 1 : spec.getSupplies();
        Map<Integer, SupplyView> plugged = new HashMap<>();
        for (Object[] r : session.createQuery("select s.supplyIndex, f.id, f.name, s.outlet from DeviceSupply s"
                + " join s.feed f where s.deviceId = :d", Object[].class).setParameter("d", deviceId).getResultList()) {
            plugged.put((Integer) r[0], new SupplyView(deviceId, (Integer) r[0], (Long) r[1], (String) r[2],
                    (Integer) r[3]));
        }
        List<SupplyView> all = new ArrayList<>();
        for (int i = 1; i <= Math.max(supplies, plugged.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
             i++) {
            all.add(plugged.getOrDefault(i, new SupplyView(deviceId, i, null, null, null)));
        }
        List<FeedView> feeds = feeds(session, device.siteId(), device.cabinetId(),
                new PageRequest(0, ChainService.MAX_FEEDS_PER_CABINET, "cabinet", true)).items();
        return new DeviceSupplies(deviceId, device.label(), device.cabinetId(), supplies, all, feeds);
    }

    /** Every device in the cabinet (by position of the site's devices), each with its supplies. */
    static ChainViews.CabinetSupplies cabinetSupplies(Session session, long cabinetId) {
        CabinetDirectory.Placement cabinet = CabinetDirectory.byId(session, cabinetId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Message.noun(io.dcim.inventory.cabinet.Cabinet.class,
                        "cabinet"), cabinetId));
        List<FeedView> feeds = feeds(session, cabinet.siteId(), cabinetId,
                new PageRequest(0, ChainService.MAX_FEEDS_PER_CABINET, "cabinet", true)).items();
        List<DeviceDirectory.Powered> devices = DeviceDirectory.poweredInSite(session, cabinet.siteId()).stream()
                .filter(d -> d.cabinetId() == cabinetId).toList();
        Map<Long, Integer> supplies = new HashMap<>();
        session.createQuery("select s.deviceModelId, s.supplies from SupplySpec s", Object[].class).getResultList()
                .forEach(r -> supplies.put((Long) r[0], (Integer) r[1]));
        Map<Long, Map<Integer, SupplyView>> plugged = new HashMap<>();
        for (Object[] r : session.createQuery("select s.deviceId, s.supplyIndex, f.id, f.name, s.outlet"
                + " from DeviceSupply s join s.feed f where f.cabinetId = :c", Object[].class)
                .setParameter("c", cabinetId).getResultList()) {
            plugged.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Integer) r[1],
                    new SupplyView((Long) r[0], (Integer) r[1], (Long) r[2], (String) r[3], (Integer) r[4]));
        }
        List<DeviceSupplies> out = new ArrayList<>();
        for (DeviceDirectory.Powered d : devices) {
            Map<Integer, SupplyView> own = plugged.getOrDefault(d.id(), Map.of());
            int count = Math.max(supplies.getOrDefault(d.modelId(), 1),
                    own.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
            List<SupplyView> all = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                all.add(own.getOrDefault(i, new SupplyView(d.id(), i, null, null, null)));
            }
            out.add(new DeviceSupplies(d.id(), d.label(), cabinetId, supplies.getOrDefault(d.modelId(), 1), all,
                    List.of()));
        }
        return new ChainViews.CabinetSupplies(cabinetId, cabinet.name(), cabinet.siteId(), out, feeds);
    }

    private static List<FeedView> withRooms(Session session, List<FeedView> feeds) {
        Map<Long, String> rooms = new HashMap<>();
        for (FeedView f : feeds) {
            rooms.computeIfAbsent(f.cabinetId(), c -> CabinetDirectory.byId(session, c).stream().findFirst()
                    .map(CabinetDirectory.Placement::roomName).orElse(""));
        }
        return feeds.stream().map(f -> new FeedView(f.id(), f.version(), f.panelId(), f.panelName(), f.sourceName(),
                f.cabinetId(), rooms.get(f.cabinetId()), f.cabinetName(), f.name(), f.side(), f.phases(), f.voltageV(),
                f.breakerRatingA(), f.pduTargetId(), f.pduName())).toList();
    }
}
