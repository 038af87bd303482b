package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.site.RoomDirectory;
import io.dcim.inventory.site.SiteDirectory;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Comparator;
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

    record GpuServer(long id, String assetTag, long cabinetId, int typicalW, int ratedW, int gpus, int allocated,
                     LifecycleStatus status) {
    }

    /** The demo site's inventory, or null when there is no demo site. */
    static DemoInventory load(Database db) {
        return db.read(session -> {
            SiteDirectory.SiteFacts facts = SiteDirectory.named(session, DemoSiteLoader.SITE_NAME).orElse(null);
            if (facts == null) {
                return null;
            }
            long siteId = facts.id();
            SiteInfo site = new SiteInfo(siteId, ZoneId.of(facts.timeZone()), facts.designPue());
            List<Monitored> devices = DeviceDirectory.ofKindsInSite(session, siteId,
                            List.of(DeviceKind.PDU, DeviceKind.UPS, DeviceKind.COOLING_UNIT)).stream()
                    .map(d -> new Monitored(d.id(), d.assetTag(), d.kind(), d.model(), d.cabinetId(), d.roomId()))
                    .toList();
            // By id, as the demo's values were always drawn: the same cabinets get the same figures.
            List<CabinetInfo> cabinets = CabinetDirectory.inSite(session, siteId).stream()
                    .sorted(Comparator.comparingLong(CabinetDirectory.Placement::id))
                    .map(c -> new CabinetInfo(c.id(), c.name(), c.roomId(), c.rowId(), c.typicalW(), c.contractedW()))
                    .toList();
            List<RowInfo> rows = RoomDirectory.rowsInSite(session, siteId).stream()
                    .map(w -> new RowInfo(w.id(), w.roomId(), w.position())).toList();
            List<GpuServer> servers = DeviceDirectory.inCabinetsOfSite(session, siteId, DeviceKind.GPU_SERVER).stream()
                    .map(d -> new GpuServer(d.id(), d.assetTag(), d.cabinetId(), d.typicalW(), d.ratedW(), d.gpus(), d.gpusAllocated(),
                            d.status()))
                    .toList();
            return new DemoInventory(site, devices, cabinets, rows, servers);
        });
    }
}
