package io.dcim.inventory.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuQueries;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;
import java.util.Comparator;

class CabinetQueriesTest {

    @BothDatabases
    void pagedListsSortRoomsRowsAndCabinetsAsPeopleCountThemHall2BeforeHall10(Database db) {
        SiteService sites = new SiteService(db);
        CabinetService cabinets = new CabinetService(db);
        Site site = sites.createSite(new NewSite("Natural", null, null, "Asia/Shanghai", BigDecimal.ONE, BigDecimal.ONE,
                null));
        Room hall10 = sites.createRoom(site.getId(), "Hall 10");
        Room hall2 = sites.createRoom(site.getId(), "Hall 2");
        CabinetRow a10 = sites.createRow(hall10.getId(), "A10", 1);
        CabinetRow a2 = sites.createRow(hall10.getId(), "A2", 2);
        CabinetRow b = sites.createRow(hall2.getId(), "B", 1);
        cabinets.create(new NewCabinet(a10.getId(), "A10-01", 1, null, null, null));
        cabinets.create(new NewCabinet(a2.getId(), "A2-01", 1, null, null, null));
        cabinets.create(new NewCabinet(b.getId(), "B01", 1, null, null, null));
        CabinetQueries queries = new CabinetQueries(db);
        CabinetFilter all = CabinetFilter.ofSite(site.getId());

        // One row a page: the order is the database's, not a page sorted after the fact.
        assertThat(queries.page(all, new PageRequest(0, 1, "name", true)).items()).extracting(CabinetSummary::roomName)
                .containsExactly("Hall 2");
        assertThat(queries.page(all, new PageRequest(0, 1, "room", true)).items()).extracting(CabinetSummary::roomName)
                .containsExactly("Hall 2");
        assertThat(queries.page(all, new PageRequest(0, 1, "room", false)).items()).extracting(CabinetSummary::roomName)
                .containsExactly("Hall 10");
        assertThat(queries.page(all, new PageRequest(0, 10, "row", true)).items()).extracting(CabinetSummary::rowName)
                .containsExactly("A2", "A10", "B");
        assertThat(sites.rooms(site.getId())).extracting(Room::getName).containsExactly("Hall 2", "Hall 10");

    }

    @BothDatabases
    void aRenamedCabinetSortsByItsNewNameInTheDeviceList(Database db, InventoryFixture f) {
        Cabinet a9 = f.cabinet("A9");
        Cabinet a10 = f.cabinet("A10");
        f.install(f.leafSwitch(), a10, 40, Face.FRONT);
        f.install(f.leafSwitch(), a9, 40, Face.FRONT);
        DeviceQueries devices = new DeviceQueries(db);
        PageRequest firstByCabinet = new PageRequest(0, 1, "cabinet", true);

        assertThat(devices.page(DeviceFilter.all(), firstByCabinet).items()).extracting(DeviceSummary::cabinetName)
                .containsExactly("A9");

        Cabinet loaded = f.cabinets.find(a9.getId());
        f.cabinets.edit(loaded.getId(), loaded.getVersion(), new CabinetEdit("A11", loaded.getPosition(),
                loaded.getHeightU(), loaded.getContractedW(), null));

        assertThat(devices.page(DeviceFilter.all(), firstByCabinet).items()).extracting(DeviceSummary::cabinetName)
                .containsExactly("A10");
    }

    @BothDatabases
    void findReadsOneCabinetsAndOneDevicesLineByIdAndRefusesAnUnknownId(Database db, InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");
        f.cabinet("A02");
        var server = f.install(f.h100Server(), a01, 10, Face.FRONT);

        CabinetSummary cabinet = new CabinetQueries(db).find(a01.getId());
        DeviceSummary device = new DeviceQueries(db).find(server.getId());

        assertThat(cabinet.name()).isEqualTo("A01");
        assertThat(cabinet.usedU()).isEqualTo(6);
        assertThat(device.assetTag()).isEqualTo(server.getAssetTag());
        assertThat(device.cabinetName()).isEqualTo("A01");
        assertThatThrownBy(() -> new CabinetQueries(db).find(-1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new DeviceQueries(db).find(-1)).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void pagesCabinetsSortedByFreeUnitsWithTotalsOfAllPages(Database db) {
        long siteId = seed(db);
        CabinetQueries queries = new CabinetQueries(db);

        Page<CabinetSummary> page = queries.page(CabinetFilter.ofSite(siteId), new PageRequest(1, 50, "freeU", false));

        assertThat(page.total()).isEqualTo(200);
        assertThat(page.items()).hasSize(50);
        assertThat(page.items()).isSortedAccordingTo(Comparator.comparingInt(CabinetSummary::freeU).reversed());
        Page<CabinetSummary> firstPage = queries.page(CabinetFilter.ofSite(siteId), new PageRequest(0, 50, "freeU", false));
        assertThat(firstPage.items().get(49).freeU()).isGreaterThanOrEqualTo(page.items().get(0).freeU());
    }

    @BothDatabases
    void filtersCabinetsByFreeUnitsAndPowerHeadroom(Database db) {
        long siteId = seed(db);
        CabinetQueries queries = new CabinetQueries(db);

        Page<CabinetSummary> roomy = queries.page(new CabinetFilter(siteId, null, null, null, 30, 8_000L, null),
                new PageRequest(0, 500, "headroomW", true));

        assertThat(roomy.items()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.freeU()).isGreaterThanOrEqualTo(30);
            assertThat(c.headroomW()).isGreaterThanOrEqualTo(8_000);
        });
        assertThat(roomy.total()).isLessThan(200);
        assertThat(queries.page(new CabinetFilter(siteId, null, null, "a01", null, null, null), PageRequest.first(50, "name"))
                .items()).extracting(CabinetSummary::name).containsOnly("A01");
    }

    @BothDatabases
    void filtersCabinetsByTheTenantTheirDevicesServe(Database db) {
        long siteId = seed(db);
        long tenant = db.read(s -> s.createQuery("select t.id from Tenant t order by t.name", Long.class)
                .setMaxResults(1).getSingleResult());
        long expected = db.read(s -> s.createQuery("select count(distinct d.cabinet.id) from Device d"
                + " where d.tenant.id = :t", Long.class).setParameter("t", tenant).getSingleResult());

        Page<CabinetSummary> serving = new CabinetQueries(db).page(new CabinetFilter(siteId, null, null, null, null, null,
                tenant), new PageRequest(0, 500, "name", true));

        assertThat(serving.total()).isEqualTo(expected).isPositive().isLessThan(200);
    }

    @BothDatabases
    void refusesUnknownSortColumnsNamingTheParameter(Database db) {
        assertThatThrownBy(() -> new CabinetQueries(db).page(CabinetFilter.ofSite(1L), PageRequest.first(10, "drop table")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("sort:");
    }

    @BothDatabases
    void listsDevicesAndGpusByKindStatusAndCabinet(Database db) {
        long siteId = seed(db);
        Page<DeviceSummary> servers = new DeviceQueries(db).page(
                new DeviceFilter(siteId, null, null, DeviceKind.GPU_SERVER, LifecycleStatus.MAINTENANCE, null, null),
                PageRequest.first(100, "assetTag"));
        assertThat(servers.items()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeviceKind.GPU_SERVER);
            assertThat(d.status()).isEqualTo(LifecycleStatus.MAINTENANCE);
            assertThat(d.cabinetName()).isNotNull();
        });

        long cabinetId = servers.items().get(0).cabinetId();
        Page<DeviceSummary> inCabinet = new DeviceQueries(db).page(DeviceFilter.inCabinet(cabinetId), PageRequest.first(50, "position"));
        assertThat(inCabinet.items()).extracting(DeviceSummary::cabinetId).containsOnly(cabinetId);

        var faulty = new GpuQueries(db).page(new GpuFilter(siteId, null, GpuStatus.FAULTY, null, null), PageRequest.first(500, "serial"));
        assertThat(faulty.items()).isNotEmpty().allSatisfy(g -> assertThat(g.tenantId()).isNull());
    }

    @BothDatabases
    void siteTotalsAgreeWithTheCabinetList(Database db) {
        long siteId = seed(db);
        SiteTotals totals = new SiteTotalsQuery(db).all().get(0);
        Page<CabinetSummary> all = new CabinetQueries(db).page(CabinetFilter.ofSite(siteId), new PageRequest(0, 1000, "name", true));

        assertThat(totals.uUsed()).isEqualTo(all.items().stream().mapToLong(CabinetSummary::usedU).sum());
        assertThat(totals.typicalW()).isEqualTo(all.items().stream().mapToLong(CabinetSummary::typicalW).sum());
        assertThat(totals.cabinetsUsed()).isEqualTo(all.items().stream().filter(c -> c.usedU() > 0).count());
        assertThat(totals.contractedW()).isEqualTo(200L * 20_000);
    }

    private static long seed(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        return new SiteTotalsQuery(db).all().get(0).siteId();
    }
}
