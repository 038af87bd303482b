package io.dcim.console.purchase;

import io.dcim.app.export.ExportJob;
import io.dcim.app.export.ExportReport;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetGrouping;
import io.dcim.procurement.asset.AssetSummary;
import io.dcim.procurement.asset.SupportContract;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.feedback.FeedbackMessage;

class ExportAndExpiringPagesTest {

    /** The user {@link WebTesting#signedIn} makes for the analyst role. */
    private static final String ANALYST = "user-analyst";

    /** The background job writes the schedule as its owner, through the same use case as the API and the download. */
    @BothDatabases
    void aScheduleJobOfSomeoneWithoutExportDepreciationFailsNamingThePermissionAndLeavesNoFile(Database db)
            throws Exception {
        Services services = OrderPagesTest.seeded(db);
        ExportJob job = services.exportJobs().start(Caller.of("ops-dave", Permission.READ, Permission.PURCHASE_ORDER),
                new ExportReport.Schedule(YearMonth.of(2025, 1), YearMonth.of(2025, 3), null, null));
        assertThat(job.await(Duration.ofSeconds(60))).isTrue();
        assertThat(job.succeeded()).isFalse();
        assertThat(job.failure()).isEqualTo("ops-dave does not hold the permission export.depreciation");
        assertThat(services.exportJobs().copyWorkbook(job, java.io.OutputStream.nullOutputStream())).as("no workbook").isFalse();

        ExportJob allowed = services.exportJobs().start(Caller.of("ana", Permission.READ, Permission.EXPORT_DEPRECIATION),
                new ExportReport.Schedule(YearMonth.of(2025, 1), YearMonth.of(2025, 3), null, null));
        assertThat(allowed.await(Duration.ofSeconds(60))).isTrue();
        assertThat(allowed.succeeded()).as(allowed.failure()).isTrue();
        assertThat(allowed.rowsDone()).isPositive();
    }

    @BothDatabases
    void anAnalystRunsTheAssetRegisterInTheBackgroundWatchesItAndDownloadsIt(Database db) throws Exception {
        Services services = OrderPagesTest.seeded(db);
        LocalDate date = LocalDate.of(2025, 6, 30);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(ExportPage.class);
            tester.assertInvisible("jobs");
            tester.fill("report", Map.of("from", "2025-13"))
                    .select("kind", ExportPage.Kind.SCHEDULE.ordinal()).submit();
            assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR)).singleElement().satisfies(m -> {
                assertThat(m.getReporter()).isSameAs(tester.getComponentFromLastRenderedPage("report:from"));
                assertThat(m.getMessage().toString()).isEqualTo("'2025-13' is not a month; use YYYY-MM");
            });

            tester.fill("report", Map.of("date", date.toString()))
                    .select("kind", ExportPage.Kind.ASSET_REGISTER.ordinal()).submit();
            tester.assertNoErrorMessage();
            tester.assertVisible("jobs");
            ExportJob job = services.exportJobs().of(ANALYST).get(0);
            assertThat(job.await(Duration.ofSeconds(60))).isTrue();
            assertThat(job.succeeded()).as(job.failure()).isTrue();

            tester.executeBehavior(tester.getComponentFromLastRenderedPage("jobs")
                    .getBehaviors(AjaxSelfUpdatingTimerBehavior.class).get(0));
            tester.assertContains("Ready: ");
            tester.clickLink("jobs:job:0:download");
            byte[] xlsx = tester.getLastResponse().getBinaryContent();
            var books = services.procurement().assetQueries().balancesAt(date, AssetGrouping.NONE, AssetFilter.all()).get(0);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheet("Register");
                assertThat(sheet.getLastRowNum()).isEqualTo(books.assets() + 1);
                BigDecimal total = BigDecimal.valueOf(sheet.getRow(sheet.getLastRowNum()).getCell(11).getNumericCellValue())
                        .setScale(2, RoundingMode.HALF_UP);
                assertThat(total).isEqualByComparingTo(books.netBookValue());
            }
        }
        try (var someoneElse = WebTesting.signedIn(services, Role.MANAGER)) {
            someoneElse.executeUrl("exports/file?job=" + services.exportJobs().of(ANALYST).get(0).id());
            assertThat(someoneElse.getLastResponse().getStatus()).isEqualTo(404);
        }
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            ops.startPage(AssetListPage.class);
            assertThat(ops.getLastResponseAsString()).doesNotContain("data-nav=\"nav.exports\"");
            ops.assertInvisible("exports");
            assertThatThrownBy(() -> ops.startPage(ExportPage.class)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @BothDatabases
    void thePurchaseRegisterAndTheScheduleRunFromTheSamePage(Database db) throws Exception {
        Services services = OrderPagesTest.seeded(db);
        OrderPagesTest.ordered(services, 2, "1000000.00");
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(ExportPage.class);
            tester.fill("report", Map.of("from", "", "to", ""))
                    .select("kind", ExportPage.Kind.PURCHASE_REGISTER.ordinal()).submit();
            tester.fill("report", Map.of("from", "2025-01", "to", "2025-03"))
                    .select("kind", ExportPage.Kind.SCHEDULE.ordinal()).submit();
            tester.assertNoErrorMessage();
            String owner = "user-manager";
            for (ExportJob job : services.exportJobs().of(owner)) {
                assertThat(job.await(Duration.ofSeconds(60))).isTrue();
                assertThat(job.succeeded()).as(job.failure()).isTrue();
                assertThat(job.rowsDone()).isPositive();
            }
            assertThat(services.exportJobs().of(owner)).extracting(j -> j.report().fileName())
                    .containsExactlyInAnyOrder("purchase-register.xlsx", "depreciation-2025-01-to-2025-03.xlsx");
        }
    }

    @BothDatabases
    void theExpiringPageListsCoverEndingInTheNext90DaysAndIsLinkedFromTheRegister(Database db) {
        Services services = OrderPagesTest.seeded(db);
        AssetSummary asset = services.procurement().assets().page(AssetFilter.all(), PageRequest.first(1, "assetTag"))
                .items().get(0);
        long supplier = services.procurement().suppliers().all().get(0).id();
        services.procurement().assets().setSupport(asset.id(), asset.version(), new SupportContract(supplier,
                LocalDate.now().minusMonths(12).plusDays(20), 12, new BigDecimal("36000.00")), "analyst");
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(AssetListPage.class);
            tester.clickLink("expiring");
            tester.assertRenderedPage(ExpiringPage.class);
            var expiring = services.procurement().assets().expiring(90, PageRequest.first(50, "ends"));
            assertThat(services.procurement().assets().expiring(90, PageRequest.first(1000, "ends")).items())
                    .anySatisfy(c -> assertThat(c.assetTag()).isEqualTo(asset.assetTag()));
            tester.assertContains("of " + expiring.total() + "<");
            tester.assertContains(expiring.items().get(0).assetTag());
            tester.clickLink("expiring:body:rows:1:cells:1:cell:link");
            tester.assertRenderedPage(AssetPage.class);
        }
    }
}
