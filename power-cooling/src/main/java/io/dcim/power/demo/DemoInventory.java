package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.device.LifecycleStatus;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** What the demo's values are driven by, read from the inventory of the demo site in a few queries. */
record DemoInventory(SiteInfo site, List<Monitored> devices, List<CabinetInfo> cabinets, List<RowInfo> rows,
                     List<GpuServer> gpuServers) {

    record SiteInfo(long id, ZoneId zone, BigDecimal designPue) {
    }

    /** A PDU, UPS or cooling unit of the site, with where it is. */
    record Monitored(long id, String assetTag, DeviceKind kind, String model, Long cabinetId, long roomId) {
    }

    record CabinetInfo(long id, String name, long roomId, long rowId, long typicalW, int contractedW) {
    }

    record RowInfo(long id, long roomId, int position) {
    }

    record GpuServer(long cabinetId, int typicalW, int ratedW, int gpus, int allocated, LifecycleStatus status) {
    }

    /** The demo site's inventory, or null when there is no demo site. */
    static DemoInventory load(Database db) {
        return db.read(session -> {
            List<Object[]> sites = session.createQuery("select s.id, s.timeZone, s.designPue from Site s"
                    + " where s.name = :name", Object[].class).setParameter("name", DemoSiteLoader.SITE_NAME)
                    .getResultList();
            if (sites.isEmpty()) {
                return null;
            }
            Object[] s = sites.get(0);
            long siteId = (Long) s[0];
            SiteInfo site = new SiteInfo(siteId, ZoneId.of((String) s[1]), (BigDecimal) s[2]);
            List<Monitored> devices = session.createQuery("select new io.dcim.power.demo.DemoInventory$Monitored(d.id,"
                            + " d.assetTag, m.kind, m.model, c.id, r.id) from Device d join d.model m join d.room r"
                            + " left join d.cabinet c where r.site.id = :site and m.kind in :kinds order by d.id",
                            Monitored.class)
                    .setParameter("site", siteId)
                    .setParameter("kinds", List.of(DeviceKind.PDU, DeviceKind.UPS, DeviceKind.COOLING_UNIT))
                    .getResultList();
            List<CabinetInfo> cabinets = session.createQuery("select new io.dcim.power.demo.DemoInventory$CabinetInfo("
                            + "c.id, c.name, r.id, w.id, c.typicalW, c.contractedW) from Cabinet c join c.room r"
                            + " join c.row w where r.site.id = :site order by c.id", CabinetInfo.class)
                    .setParameter("site", siteId).getResultList();
            List<RowInfo> rows = session.createQuery("select new io.dcim.power.demo.DemoInventory$RowInfo(w.id, r.id,"
                            + " w.position) from CabinetRow w join w.room r where r.site.id = :site"
                            + " order by r.id, w.position, w.id", RowInfo.class)
                    .setParameter("site", siteId).getResultList();
            List<GpuServer> servers = session.createQuery("select new io.dcim.power.demo.DemoInventory$GpuServer(c.id,"
                            + " m.typicalPowerW, m.ratedPowerW, d.gpuCount, d.gpusAllocated, d.status) from Device d"
                            + " join d.model m join d.cabinet c where c.room.site.id = :site and m.kind = :kind",
                            GpuServer.class)
                    .setParameter("site", siteId).setParameter("kind", DeviceKind.GPU_SERVER).getResultList();
            return new DemoInventory(site, devices, cabinets, rows, servers);
        });
    }
}
