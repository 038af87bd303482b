package io.dcim.inventory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableLinks;
import io.dcim.inventory.cable.CablePaths;
import io.dcim.inventory.cable.RecordedLink;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableTrace;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.PortQueries;
import io.dcim.inventory.cable.PortRef;
import io.dcim.inventory.cable.PortSummary;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.port.PortKind;
import io.dcim.testing.BothDatabases;
import java.util.List;

class DemoFabricTest {

    private static final List<PortKind> PANEL = List.of(PortKind.PANEL_FRONT_LC, PortKind.PANEL_FRONT_MPO,
            PortKind.PANEL_REAR_MPO);

    @BothDatabases
    void theSmallDemoHasPortsOnEveryDeviceAndItsH100sCabledToTheirRailLeaves(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);

        long devicesWithoutPorts = db.read(s -> s.createQuery("select count(d) from Device d where d.model.id in"
                + " (select t.deviceModel.id from PortTemplate t) and not exists (select 1 from Port p where p.device = d)",
                Long.class).getSingleResult());
        assertThat(devicesWithoutPorts).isZero();
        long ports = db.read(s -> s.createQuery("select count(p) from Port p", Long.class).getSingleResult());
        assertThat(ports).isGreaterThan(5_000);

        // every cable between two switch or NIC ports joins two NDR ports: the demo obeys the rules the cable service
        // enforces; the others go into patch-panel positions
        long mismatched = db.read(s -> s.createQuery("select count(k) from Cable k join CableEnd a on a.cable = k"
                + " and a.side = 'A' join CableEnd b on b.cable = k and b.side = 'B'"
                + " where a.port.kind not in :passive and b.port.kind not in :passive"
                + " and (a.port.kind <> b.port.kind or a.port.kind <> :ndr)", Long.class)
                .setParameter("ndr", PortKind.IB_NDR).setParameter("passive", PANEL).getSingleResult());
        assertThat(mismatched).isZero();
        CableQueries cables = new CableQueries(db);
        long aoc = cables.page(new CableFilter(null, null, null, CableType.AOC, null, null), PageRequest.first(1, "label"))
                .total();
        long uplinks = cables.page(new CableFilter(null, null, null, CableType.MMF, null, null), PageRequest.first(1, "label"))
                .total();
        assertThat(aoc % 8).as("eight NICs per cabled server").isZero();
        assertThat(aoc).isPositive();
        // 2 halls × 4 leaf rows × 2 leaves × 16 uplinks, two of each leaf's through the panels (two patch cords each)
        assertThat(uplinks).isEqualTo(2 * 4 * 2 * (16 + 2));
        long trunks = cables.page(new CableFilter(null, null, null, CableType.MPO_TRUNK, null, null),
                PageRequest.first(1, "label")).total();
        assertThat(trunks).as("one trunk from each leaf row's panel to row A's").isEqualTo(2 * 4);

        // a patched uplink's path ends at a spine port, across both panels; none stops inside a panel
        long site = db.read(s -> s.createQuery("select min(s.id) from Site s", Long.class).getSingleResult());
        List<CablePaths.Path> paths = new CablePaths(db).installed(site);
        List<CablePaths.Path> patched = paths.stream().filter(CablePaths.Path::throughPanel).toList();
        assertThat(patched).hasSize(2 * 2 * 4 * 2 * 2).allMatch(CablePaths.Path::complete)
                .allMatch(p -> p.port().startsWith("p") && p.farPort().startsWith("p"));
        List<RecordedLink> links = new CableLinks(db).installed(site);
        assertThat(links).filteredOn(RecordedLink::throughPanel).hasSize(2 * 4 * 2 * 2)
                .allMatch(l -> l.aKind() == DeviceKind.NETWORK_SWITCH && l.bKind() == DeviceKind.NETWORK_SWITCH);
        assertThat(links).noneMatch(l -> l.aDevice().startsWith("IM-PP") || l.bDevice().startsWith("IM-PP"));

        long server = db.read(s -> s.createQuery("select e.port.device.id from CableEnd e where e.cable.type = :aoc"
                + " and e.side = 'A' order by e.id", Long.class).setParameter("aoc", CableType.AOC).setMaxResults(1)
                .getSingleResult());
        List<PortSummary> nics = new PortQueries(db).ofDevice(server).stream().filter(p -> p.kind() == PortKind.IB_NDR)
                .toList();
        assertThat(nics).hasSize(8).allMatch(p -> p.cableId() != null);
        assertThat(nics.get(0).farDeviceId()).as("rails 1-4 share a leaf").isEqualTo(nics.get(3).farDeviceId());
        assertThat(nics.get(4).farDeviceId()).as("rails 5-8 on the other leaf").isNotEqualTo(nics.get(0).farDeviceId())
                .isEqualTo(nics.get(7).farDeviceId());
        List<PortRef> far = new CableTrace(db).from(nics.get(5).portId()).farEnd().orElseThrow();
        assertThat(far).singleElement().satisfies(p -> assertThat(p.deviceId()).isEqualTo(nics.get(5).farDeviceId()));
    }
}
