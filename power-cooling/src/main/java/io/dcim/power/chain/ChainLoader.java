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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Loads a site's chain, or one cabinet's part of it, into a {@link ChainSnapshot} with a fixed handful of queries
 * whatever its size (setting, sources, panels, feeds, supplies, supply specs, devices, cabinets, and the PDUs'
 * current readings), never one per element.
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
        Map<Long, PduDraw> draws = loads.pduDraws(LoadScope.site(siteId));
        return db.read(session -> {
            if (SiteDirectory.find(session, siteId).isEmpty()) {
                throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
            }
            return load(session, siteId, null, draws,
                    CabinetDirectory.inSite(session, siteId));
        });
    }

    /** The cabinet's feeds with their panels and sources and the devices on them. */
    public ChainSnapshot cabinet(long cabinetId) {
        Map<Long, PduDraw> draws = loads.pduDraws(LoadScope.cabinet(cabinetId));
        return db.read(session -> {
            List<CabinetDirectory.Placement> cabinet = CabinetDirectory.byId(session, cabinetId);
            if (cabinet.isEmpty()) {
                throw new NotFoundException(Message.noun(Cabinet.class, "cabinet"), cabinetId);
            }
            return load(session, cabinet.get(0).siteId(), cabinetId, draws, cabinet);
        });
    }

    private static ChainSnapshot load(Session session, long siteId, Long cabinetId, Map<Long, PduDraw> draws,
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
        List<FeedNode> feeds = new ArrayList<>();
        for (Object[] r : scoped(session.createQuery("select f.id, f.name, f.panel.id, f.cabinetId, f.side, f.phases,"
                + " f.voltageV, f.breakerRatingA, f.pduTargetId from PowerFeed f where f.panel.source.siteId = :site"
                + inScope + " order by f.id", Object[].class), siteId, cabinetId).getResultList()) {
            PduDraw draw = r[8] == null ? null : draws.get((Long) r[8]);
            feeds.add(new FeedNode((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], (Feed) r[4], (Integer) r[5],
                    (Integer) r[6], (Integer) r[7], draw == null ? null : draw.watts(),
                    draw == null ? null : draw.maxPhaseA()));
        }
        Map<Long, List<Long>> supplies = new HashMap<>();
        for (Object[] r : scoped(session.createQuery("select s.deviceId, s.feed.id from DeviceSupply s join s.feed f"
                + " where f.panel.source.siteId = :site" + inScope + " order by s.deviceId, s.supplyIndex",
                Object[].class), siteId, cabinetId).getResultList()) {
            supplies.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
        }
        Map<Long, Integer> needed = new HashMap<>();
        session.createQuery("select s.deviceModelId, s.needed from SupplySpec s", Object[].class).getResultList()
                .forEach(r -> needed.put((Long) r[0], (Integer) r[1]));
        List<DeviceNode> devices = new ArrayList<>();
        for (DeviceDirectory.Powered d : DeviceDirectory.poweredInSite(session, siteId)) {
            List<Long> feedIds = supplies.get(d.id());
            if (feedIds != null && POWERED.contains(d.status())) {
                devices.add(new DeviceNode(d.id(), d.label(), d.cabinetId(), d.typicalW(), null,
                        needed.getOrDefault(d.modelId(), 1), feedIds));
            }
        }
        List<CabinetNode> cabinetNodes = cabinets.stream()
                .map(c -> new CabinetNode(c.id(), c.name(), c.contractedW())).toList();
        return new ChainSnapshot(siteId, derate, sources, panels, feeds, devices, cabinetNodes);
    }

    private static <T> org.hibernate.query.SelectionQuery<T> scoped(org.hibernate.query.SelectionQuery<T> query,
                                                                   long siteId, Long cabinetId) {
        query.setParameter("site", siteId);
        return cabinetId == null ? query : query.setParameter("cabinet", cabinetId);
    }
}
