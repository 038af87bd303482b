package io.dcim.power.chain;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.power.chain.ChainSnapshot.CabinetNode;
import io.dcim.power.chain.ChainSnapshot.DeviceNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.chain.ChainSnapshot.SourceNode;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.PduDraw;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Loads a site's chain, or one cabinet's part of it, into a {@link ChainSnapshot} with a fixed handful of queries
 * whatever its size (setting, sources, panels, feeds, supplies, supply specs, devices, cabinets, and the PDUs'
 * current readings, with one more per outlet number something is plugged into), never one per element.
 */
public final class ChainLoader {

    /** Devices that draw power: placed ones not yet decommissioned. */
    private static final Set<LifecycleStatus> POWERED = EnumSet.of(LifecycleStatus.INSTALLED,
            LifecycleStatus.IN_SERVICE, LifecycleStatus.MAINTENANCE);

    private final Database db;
    private final LoadService loads;

    public ChainLoader(Database db, LoadService loads) {
        this.db = db;
        this.loads = loads;
    }

    public ChainSnapshot site(long siteId) {
        Recorded recorded = db.read(session -> {
            if (SiteDirectory.find(session, siteId).isEmpty()) {
                throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
            }
            return read(session, siteId, null, CabinetDirectory.inSite(session, siteId));
        });
        return recorded.measuredBy(loads.pduDraws(LoadScope.site(siteId), recorded.outletsByPdu()));
    }

    /** The cabinet's feeds with their panels and sources and the devices on them. */
    public ChainSnapshot cabinet(long cabinetId) {
        Recorded recorded = db.read(session -> {
            List<CabinetDirectory.Placement> cabinet = CabinetDirectory.byId(session, cabinetId);
            if (cabinet.isEmpty()) {
                throw new NotFoundException(Message.noun(Cabinet.class, "cabinet"), cabinetId);
            }
            return read(session, cabinet.get(0).siteId(), cabinetId, cabinet);
        });
        return recorded.measuredBy(loads.pduDraws(LoadScope.cabinet(cabinetId), recorded.outletsByPdu()));
    }

    /** The chain as recorded, read first so that only the outlets something is plugged into are asked for. */
    private static Recorded read(Session session, long siteId, Long cabinetId,
                                 List<CabinetDirectory.Placement> cabinets) {
        ChainSetting setting = session.find(ChainSetting.class, siteId);
        int derate = setting == null ? ChainSetting.DEFAULT_DERATE_PCT : setting.getDeratePct();
        List<SourceNode> sources = session.createQuery("select new io.dcim.power.chain.ChainSnapshot$SourceNode("
                        + "s.id, s.name, s.kind, s.capacityW) from PowerSource s where s.siteId = :site order by s.name",
                        SourceNode.class).setParameter("site", siteId).getResultList();
        List<PanelNode> panels = session.createQuery("select new io.dcim.power.chain.ChainSnapshot$PanelNode("
                        + "p.id, p.name, p.source.id) from PowerPanel p where p.source.siteId = :site order by p.name",
                        PanelNode.class).setParameter("site", siteId).getResultList();
        String inScope = cabinetId == null ? "" : " and f.cabinetId = :cabinet";
        List<Object[]> feeds = scoped(session.createQuery("select f.id, f.name, f.panel.id, f.cabinetId, f.side,"
                + " f.phases, f.voltageV, f.breakerRatingA, f.pduTargetId from PowerFeed f"
                + " where f.panel.source.siteId = :site" + inScope + " order by f.id", Object[].class), siteId,
                cabinetId).getResultList();
        Map<Long, List<Plugged>> supplies = new HashMap<>();
        for (Object[] r : scoped(session.createQuery("select s.deviceId, s.feed.id, s.outlet from DeviceSupply s"
                + " join s.feed f where f.panel.source.siteId = :site" + inScope + " order by s.deviceId,"
                + " s.supplyIndex", Object[].class), siteId, cabinetId).getResultList()) {
            supplies.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Plugged((Long) r[1], (Integer) r[2]));
        }
        Map<Long, Integer> needed = new HashMap<>();
        session.createQuery("select s.deviceModelId, s.needed from SupplySpec s", Object[].class).getResultList()
                .forEach(r -> needed.put((Long) r[0], (Integer) r[1]));
        List<Device> devices = new ArrayList<>();
        List<DeviceDirectory.Powered> candidates = cabinetId == null ? DeviceDirectory.poweredInSite(session, siteId)
                : pluggedIntoCabinet(session, siteId, cabinetId, supplies.keySet());
        for (DeviceDirectory.Powered d : candidates) {
            List<Plugged> plugged = supplies.get(d.id());
            if (plugged != null && POWERED.contains(d.status())) {
                devices.add(new Device(d.id(), d.label(), d.cabinetId(), d.typicalW(),
                        needed.getOrDefault(d.modelId(), 1), plugged));
            }
        }
        List<CabinetNode> cabinetNodes = cabinets.stream()
                .map(c -> new CabinetNode(c.id(), c.name(), c.contractedW())).toList();
        return new Recorded(siteId, derate, sources, panels, feeds, devices, cabinetNodes);
    }

    /**
     * The site's devices plugged into the cabinet's feeds, by id: those in the cabinet, then any that stands in
     * another cabinet of the site (moved since it was plugged), asked for by id only when there is one. Reading
     * the whole site's devices for one cabinet was three quarters of the elevation's feeds panel (JFR).
     */
    private static List<DeviceDirectory.Powered> pluggedIntoCabinet(Session session, long siteId, long cabinetId,
                                                                   Set<Long> plugged) {
        List<DeviceDirectory.Powered> found = new ArrayList<>(DeviceDirectory.poweredInCabinet(session, cabinetId));
        Set<Long> elsewhere = new HashSet<>(plugged);
        found.forEach(d -> elsewhere.remove(d.id()));
        if (!elsewhere.isEmpty()) {
            DeviceDirectory.powered(session, elsewhere).values().stream().filter(d -> d.siteId() == siteId)
                    .forEach(found::add);
            found.sort(Comparator.comparingLong(DeviceDirectory.Powered::id));
        }
        return found;
    }

    /** A supply's feed and the outlet of the feed's PDU it is plugged into (null: not recorded). */
    private record Plugged(long feedId, Integer outlet) {
    }

    private record Device(long id, String label, long cabinetId, int typicalW, int needed, List<Plugged> supplies) {
    }

    private record Recorded(long siteId, int derate, List<SourceNode> sources, List<PanelNode> panels,
                            List<Object[]> feeds, List<Device> devices, List<CabinetNode> cabinets) {

        /** The feed's PDU (an SNMP target), by feed id, for the feeds that have one. */
        Map<Long, Long> pduOfFeed() {
            Map<Long, Long> out = new HashMap<>();
            feeds.stream().filter(r -> r[8] != null).forEach(r -> out.put((Long) r[0], (Long) r[8]));
            return out;
        }

        /** The outlets supplies are plugged into, by the PDU they belong to. */
        Map<Long, Set<Integer>> outletsByPdu() {
            Map<Long, Long> pduOf = pduOfFeed();
            Map<Long, Set<Integer>> out = new HashMap<>();
            for (Device d : devices) {
                for (Plugged p : d.supplies()) {
                    Long pdu = pduOf.get(p.feedId());
                    if (pdu != null && p.outlet() != null) {
                        out.computeIfAbsent(pdu, k -> new HashSet<>()).add(p.outlet());
                    }
                }
            }
            return out;
        }

        /** The snapshot with what the meters read now: each feed's PDU, each supply's outlet. */
        ChainSnapshot measuredBy(Map<Long, PduDraw> draws) {
            List<FeedNode> feedNodes = new ArrayList<>(feeds.size());
            for (Object[] r : feeds) {
                PduDraw draw = r[8] == null ? null : draws.get((Long) r[8]);
                feedNodes.add(new FeedNode((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], (Feed) r[4],
                        (Integer) r[5], (Integer) r[6], (Integer) r[7], draw == null ? null : draw.watts(),
                        draw == null ? null : draw.maxPhaseA()));
            }
            Map<Long, Long> pduOf = pduOfFeed();
            List<DeviceNode> deviceNodes = new ArrayList<>(devices.size());
            for (Device d : devices) {
                List<Long> feedIds = new ArrayList<>(d.supplies().size());
                List<Double> supplyW = new ArrayList<>(d.supplies().size());
                double sum = 0;
                boolean allMetered = true;
                for (Plugged p : d.supplies()) {
                    feedIds.add(p.feedId());
                    Long pdu = pduOf.get(p.feedId());
                    PduDraw draw = pdu == null || p.outlet() == null ? null : draws.get(pdu);
                    Double watts = draw == null ? null : draw.outletW().get(p.outlet());
                    supplyW.add(watts);
                    allMetered &= watts != null;
                    sum += watts == null ? 0 : watts;
                }
                deviceNodes.add(new DeviceNode(d.id(), d.label(), d.cabinetId(), d.typicalW(),
                        allMetered ? sum : null, d.needed(), feedIds, supplyW));
            }
            return new ChainSnapshot(siteId, derate, sources, panels, feedNodes, deviceNodes, cabinets);
        }
    }

    private static <T> org.hibernate.query.SelectionQuery<T> scoped(org.hibernate.query.SelectionQuery<T> query,
                                                                   long siteId, Long cabinetId) {
        query.setParameter("site", siteId);
        return cabinetId == null ? query : query.setParameter("cabinet", cabinetId);
    }
}
