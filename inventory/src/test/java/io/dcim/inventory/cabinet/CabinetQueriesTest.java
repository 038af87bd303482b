package io.dcim.inventory.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
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
import io.dcim.testing.BothDatabases;
import java.util.Comparator;

class CabinetQueriesTest {

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
