package io.dcim.console.transfer;

import io.dcim.app.transfer.ImportJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.home.HomePage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.io.TempDir;

class ImportAndExportPagesTest {

    private static final String HEADER = "asset_tag,serial,name,model,status,site,room,cabinet,position_u,face,tenant,gpu_serials,notes\n";

    @TempDir
    Path dir;

    private File csv(String body) throws Exception {
        Path file = dir.resolve("devices.csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return file.toFile();
    }

    private static ImportJob upload(WicketTester tester, Services services, File file, String button) throws Exception {
        tester.startPage(ImportPage.class);
        FormTester form = tester.newFormTester("upload");
        form.setFile("file", new org.apache.wicket.util.file.File(file), "text/csv");
        form.submit(button);
        tester.assertNoErrorMessage();
        ImportPage page = (ImportPage) tester.getLastRenderedPage();
        ImportJob job = services.importJobs().find(jobIdOf(page)).orElseThrow();
        assertThat(job.await(Duration.ofSeconds(30))).isTrue();
        tester.startPage(page);
        return job;
    }

    private static String jobIdOf(ImportPage page) throws Exception {
        var field = ImportPage.class.getDeclaredField("jobId");
        field.setAccessible(true);
        return (String) field.get(page);
    }

    private static long devices(Services services) {
        return services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(1, "assetTag")).total();
    }

    @BothDatabases
    void aFileWithABadRowListsItAndImportsNothing(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long before = devices(services);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            ImportJob job = upload(tester, services, csv("""
                    NEW-1,NSN-1,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,
                    NEW-2,NSN-2,,No Such Model,RECEIVED,,,,,,,,
                    """), "importNow");

            assertThat(job.report().written()).isFalse();
            tester.assertContains("1 problem\\(s\\) in 2 rows: nothing was imported");
            tester.assertContains("no device model is called &#039;No Such Model&#039;");
            tester.assertInvisible("job:job_body:confirm");
            assertThat(devices(services)).isEqualTo(before);
        }
    }

    @BothDatabases
    void aCheckedFileIsImportedWithOneClick(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long before = devices(services);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            ImportJob check = upload(tester, services, csv("NEW-1,NSN-1,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,\n"), "check");
            assertThat(check.report().isValid()).isTrue();
            tester.assertContains("All 1 rows are valid");
            WebTesting.assertSerializable(tester.getLastRenderedPage());
            assertThat(devices(services)).as("a check writes nothing").isEqualTo(before);

            tester.newFormTester("job:job_body:confirm").submit();
            ImportPage page = (ImportPage) tester.getLastRenderedPage();
            ImportJob write = services.importJobs().find(jobIdOf(page)).orElseThrow();
            assertThat(write.await(Duration.ofSeconds(30))).isTrue();
            assertThat(write.report().written()).isTrue();
            assertThat(devices(services)).isEqualTo(before + 1);
            assertThat(services.deviceQueries().page(new DeviceFilter(null, null, null, null, LifecycleStatus.RECEIVED, null,
                    "NEW-1"), PageRequest.first(5, "assetTag")).items()).hasSize(1);
        }
    }

    /** What the browser does: the page's timer polls the job until it ends. */
    private static AjaxSelfUpdatingTimerBehavior progressTimer(WicketTester tester) {
        return tester.getComponentFromLastRenderedPage("job").getBehaviors(AjaxSelfUpdatingTimerBehavior.class).get(0);
    }

    @BothDatabases
    void afterACheckTheImportButtonFollowsTheImportToItsEnd(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ImportPage.class);
            FormTester form = tester.newFormTester("upload");
            form.setFile("file", new org.apache.wicket.util.file.File(csv("""
                    NEW-1,NSN-1,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,
                    NEW-2,NSN-2,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,
                    """)), "text/csv");
            form.submit("check");
            ImportPage page = (ImportPage) tester.getLastRenderedPage();
            assertThat(services.importJobs().find(jobIdOf(page)).orElseThrow().await(Duration.ofSeconds(30))).isTrue();
            tester.executeBehavior(progressTimer(tester));
            tester.assertContains("All 2 rows are valid");
            assertThat(progressTimer(tester).isStopped()).as("the finished check stops polling").isTrue();

            tester.newFormTester("job:job_body:confirm").submit();
            assertThat(progressTimer(tester).isStopped()).as("the import is followed").isFalse();
            assertThat(tester.getLastResponseAsString()).contains("Wicket.Timer.set");
            ImportJob write = services.importJobs().find(jobIdOf(page)).orElseThrow();
            assertThat(write.await(Duration.ofSeconds(30))).isTrue();
            tester.executeBehavior(progressTimer(tester));
            assertThat(tester.getLastResponseAsString()).contains("Imported 2 devices and 0 GPUs.").doesNotContain("Importing…");
            assertThat(progressTimer(tester).isStopped()).isTrue();
        }
    }

    @BothDatabases
    void onlyOpsAndAdminsMayImport(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DeviceListPage.class);
            tester.assertInvisible("import");
            assertThatThrownBy(() -> tester.startPage(ImportPage.class)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @BothDatabases
    void theDeviceListFiltersAndExportsWhatItShows(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("kind", "NETWORK_SWITCH").set("q", "SW"));
            tester.assertRenderedPage(DeviceListPage.class);
            tester.assertContains("IM-SW-");
            WebTesting.assertSerializable(tester.getLastRenderedPage());
            assertThat(tester.getLastResponseAsString()).doesNotContain("IM-SRV-");

            tester.clickLink("export:csv");
            Table exported = new TableReader(100_000).read(tester.getLastResponse().getBinaryContent());
            long switches = services.deviceQueries().page(new DeviceFilter(null, null, null,
                    io.dcim.inventory.catalog.DeviceKind.NETWORK_SWITCH, null, null, "SW"), PageRequest.first(1, "assetTag")).total();
            assertThat(exported.rows()).hasSize((int) switches).allSatisfy(r -> assertThat(r.get("asset_tag")).startsWith("IM-SW-"));
            assertThat(tester.getLastResponse().getHeader("Content-Disposition")).contains("devices-").contains(".csv");
        }
    }

    @BothDatabases
    void theTemplateHasTheImportColumnsAndTheListsExportAsXlsx(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ImportPage.class);
            tester.clickLink("templateXlsx");
            Table template = new TableReader(10).read(tester.getLastResponse().getBinaryContent());
            assertThat(template.columns()).startsWith("asset_tag", "serial", "name", "model", "status");
            assertThat(template.rows()).hasSize(2);

            tester.startPage(io.dcim.console.cabinet.CabinetListPage.class, new PageParameters().set("minFreeU", "40"));
            tester.clickLink("export:xlsx");
            Table cabinets = new TableReader(10_000).read(tester.getLastResponse().getBinaryContent());
            assertThat(cabinets.rows()).isNotEmpty().allSatisfy(r -> assertThat(Integer.parseInt(r.get("free_u"))).isGreaterThanOrEqualTo(40));
        }
    }

    @BothDatabases
    void exportsNeedASignedInUser(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.tester(services)) {
            tester.executeUrl("export/devices?format=csv");
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(401);
            tester.startPage(HomePage.class);
        }
    }
}
