package io.dcim.console.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.usage.UsageDemo;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;

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
            tester.assertContains("2023-09");
            tester.assertContains("2024-02");
            tester.startPage(UsageSettingsPage.class);
            tester.assertRenderedPage(UsageSettingsPage.class);
            tester.assertContains("demo");
            assertThat(tester.getLastResponseAsString()).contains("t" + services.tenants().tenants().get(0).getId());
        }
    }
}
