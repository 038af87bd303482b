package io.dcim.console.site;

import static io.dcim.web.WebTesting.SOMEONE_ELSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.cabinet.CabinetEditPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.tenant.TenantEditPage;
import io.dcim.console.tenant.TenantListPage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cabinet.CabinetEdit;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantDetails;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** An ops engineer builds a hall from nothing in the console, edits it, and takes it down again. */
class SiteEditPagesTest {

    @BothDatabases
    void opsBuildASiteDownToACabinetAndTakeItDownFromTheBottomUp(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(SiteEditPage.class);
            int shanghai = ZoneId.getAvailableZoneIds().stream().sorted().toList().indexOf("Asia/Shanghai");
            tester.fill("form", Map.of("name", "Ulanqab 3", "code", "UQ3", "price", "0.262", "pue", "1.2",
                    "emission", "0.5703", "liveSince", "2026-05-15")).select("timeZone", shanghai).submit("save");
            tester.assertRenderedPage(SiteEditPage.class);
            tester.assertNoErrorMessage();
            Site site = services.sites().sites().get(0);
            assertThat(site.getCode()).isEqualTo("UQ3");
            assertThat(site.getGridEmissionKgPerKwh()).isEqualByComparingTo("0.5703");
            assertThat(site.getLiveSince()).hasToString("2026-05-15");

            tester.fill("below:rooms:addRoom", Map.of("roomName", "Hall 1")).submit();
            tester.assertNoErrorMessage();
            long roomId = services.sites().rooms(site.getId()).get(0).getId();

            tester.startPage(RoomEditPage.class, roomId);
            tester.fill("below:addRow", Map.of("rowName", "A")).submit();
            tester.assertNoErrorMessage();
            long rowId = services.sites().rows(roomId).get(0).getId();

            tester.startPage(RowEditPage.class, rowId);
            tester.clickLink("below:newCabinet");
            tester.assertRenderedPage(CabinetEditPage.class);
            tester.fill("form", Map.of("name", "A01", "contractedKw", "22.5", "monthlyFee", "6800",
                    "leaseStart", "2027-01-01", "leaseEnd", "2026-01-01")).submit("save");
            tester.assertErrorMessages("Must not be before the lease starts (1 Jan 2027)");
            assertThat(beside(tester, "leaseEndFeedback")).as("beside the field").isTrue();
            tester.fill("form", Map.of("leaseEnd", "2029-12-31")).submit("save");
            tester.assertNoErrorMessage();
            var created = services.cabinetQueries().page(new io.dcim.inventory.cabinet.CabinetFilter(null, null, rowId, null,
                    null, null, null), io.dcim.common.paging.PageRequest.first(10, "name")).items();
            assertThat(created).singleElement().satisfies(c -> assertThat(c.contractedW()).isEqualTo(22_500));
            long cabinetId = created.get(0).id();
            assertThat(services.cabinetFacade().cabinet(SOMEONE_ELSE, cabinetId).value().lease().getMonthlyFee())
                    .isEqualByComparingTo("6800");

            tester.startPage(RoomEditPage.class, roomId);
            tester.newFormTester("form", false).submit("delete");
            tester.assertErrorMessages("Room Hall 1 still has 1 row(s) and 0 device(s) on its floor; empty it first");

            tester.startPage(CabinetEditPage.class, cabinetId);
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(RowEditPage.class);
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(RoomEditPage.class);
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(SiteEditPage.class);
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(HomePage.class);
            assertThat(services.sites().sites()).isEmpty();
        }
    }

    @BothDatabases
    void anEditSavedMeanwhileIsRefusedAndRefusalsShowBesideTheirField(Database db) {
        Services services = WebTesting.services(db);
        Site site = services.siteFacade().create(SOMEONE_ELSE, new SiteDetails("Hohhot", null, null, null,
                "Asia/Shanghai", new BigDecimal("0.262"), new BigDecimal("1.25"), null, null));
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(SiteEditPage.class, site.getId());
            tester.fill("form", Map.of("pue", "0.9")).submit("save");
            tester.assertErrorMessages("Must be between 1.00 and 3.00");
            assertThat(beside(tester, "pueFeedback")).as("beside the field").isTrue();
            assertThat(beside(tester, "nameFeedback")).isFalse();

            var read = services.siteFacade().site(SOMEONE_ELSE, site.getId());
            services.siteFacade().edit(SOMEONE_ELSE, site.getId(), read.version(), new SiteDetails("Hohhot", "HH", null,
                    "Hohhot", "Asia/Shanghai", new BigDecimal("0.262"), new BigDecimal("1.25"), null, null));
            tester.fill("form", Map.of("pue", "1.3")).submit("save");
            tester.assertErrorMessages("Site Hohhot was changed by someone else; reload and try again");
            assertThat(services.siteFacade().site(SOMEONE_ELSE, site.getId()).value().designPue())
                    .isEqualByComparingTo("1.25");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(SiteEditPage.class, site.getId());
            assertThat(tester.getLastResponseAsString()).contains("电网排放因子").contains("删除站点");
            tester.newFormTester("form", false).setValue("pue", "1.3").submit("save");
            tester.assertNoErrorMessage();
            assertThat(services.siteFacade().site(SOMEONE_ELSE, site.getId()).value().designPue())
                    .isEqualByComparingTo("1.3");
        }
    }

    private static boolean beside(org.apache.wicket.util.tester.WicketTester tester, String panel) {
        return WebTesting.errorBeside(tester, "form:" + panel);
    }

    @BothDatabases
    void analystsMayNotOpenTheEditPages(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.setExposeExceptions(false);
            for (Class<? extends org.apache.wicket.Page> page : java.util.List.of(SiteEditPage.class, TenantEditPage.class)) {
                tester.startPage(page);
                assertThat(tester.getLastResponse().getStatus()).as(page.getSimpleName()).isEqualTo(403);
            }
            tester.startPage(TenantListPage.class);
            tester.assertInvisible("newTenant");
        }
    }

    @BothDatabases
    void managersKeepTenantsAndAStaleEditIsRefused(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(TenantListPage.class);
            tester.clickLink("newTenant");
            tester.fill("form", Map.of("name", "Tsinghua")).select("kind", 0).submit("save");
            tester.assertRenderedPage(TenantListPage.class);
            assertThat(tester.getLastResponseAsString()).contains("Tsinghua").contains("University");
            Tenant tenant = services.tenants().tenants().get(0);
            assertThat(tenant.getKind()).isEqualTo(TenantKind.UNIVERSITY);

            tester.startPage(TenantEditPage.class, tenant.getId());
            services.tenantFacade().edit(SOMEONE_ELSE, tenant.getId(), tenant.getVersion(),
                    new TenantDetails("Tsinghua University", TenantKind.UNIVERSITY));
            tester.fill("form", Map.of("name", "THU")).submit("save");
            tester.assertErrorMessages("Tenant Tsinghua University was changed by someone else; reload and try again");

            tester.startPage(TenantEditPage.class, tenant.getId());
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(TenantListPage.class);
            assertThat(services.tenants().tenants()).isEmpty();
        }
    }
}
