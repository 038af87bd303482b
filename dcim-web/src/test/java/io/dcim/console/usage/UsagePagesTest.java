package io.dcim.console.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.usage.UsageDemo;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

class UsagePagesTest {

    @BothDatabases
    void theUtilizationPageChartsAndListsTheDemoUsageAndTheSettingsPageListsItsMappings(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        new UsageDemo(db).seed(site, List.of(services.tenants().tenants().get(0).getId()), java.time.LocalDate.of(2024, 3, 1));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(UtilizationPage.class, new PageParameters().set("site", site).set("from", "2023-09-01")
                    .set("to", "2024-02-29").set("groupBy", "MONTH"));
            tester.assertRenderedPage(UtilizationPage.class);
            tester.assertContains("Sep 2023");
            tester.assertContains("Feb 2024");
            tester.startPage(UsageSettingsPage.class);
            tester.assertRenderedPage(UsageSettingsPage.class);
            tester.assertContains("demo");
            assertThat(tester.getLastResponseAsString()).contains("t" + services.tenants().tenants().get(0).getId());
        }
    }

    @BothDatabases
    void aSacctFileIsCheckedInTheBackgroundAndItsUnmappedLineListedWithNothingToImport(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        Path file = Files.createTempFile("sacct", ".txt");
        Files.writeString(file, """
                JobID|Cluster|Account|User|Partition|AllocTRES|Start|End|State
                7001|nowhere|nu-ai|alice|h100|cpu=8,gres/gpu=1|2026-03-01T10:00:00|2026-03-01T11:00:00|COMPLETED
                """, StandardCharsets.UTF_8);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(UsageImportPage.class);
            FormTester form = tester.newFormTester("upload");
            form.setFile("file", new org.apache.wicket.util.file.File(file.toFile()), "text/plain");
            form.submit("check");
            tester.assertNoErrorMessage();
            var field = UsageImportPage.class.getDeclaredField("jobId");
            field.setAccessible(true);
            var job = services.importJobs().findUsage((String) field.get(tester.getLastRenderedPage())).orElseThrow();
            assertThat(job.await(Duration.ofSeconds(30))).isTrue();
            tester.startPage(tester.getLastRenderedPage());

            tester.assertContains("1 line\\(s\\) of 2 refused: nothing was imported");
            tester.assertVisible("job:problemTable");
            tester.assertInvisible("job:job_body:confirm");
            tester.assertInvisible("job:job_body:utilization");
            WebTesting.assertSerializable(tester.getLastRenderedPage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
