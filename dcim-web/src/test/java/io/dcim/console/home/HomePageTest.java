package io.dcim.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;

class HomePageTest {

    @BothDatabases
    void showsEachSitesTotals(Database db) {
        Services services = WebTesting.demoSite(db);
        var totals = services.siteTotals().all().get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(HomePage.class);
            ListView<?> sites = (ListView<?>) tester.getComponentFromLastRenderedPage("sites");
            assertThat(((LoadableDetachableModel<?>) sites.getDefaultModel()).isAttached())
                    .as("the totals are not kept in the session").isFalse();

            tester.assertRenderedPage(HomePage.class);
            tester.assertLabel("sites:0:totals:name", DemoSiteLoader.SITE_NAME);
            tester.assertLabel("sites:0:totals:cabinets", "200");
            tester.assertLabel("sites:0:totals:gpus", String.format("%,d", totals.gpus()));
            tester.assertInvisible("none");
            ListView<?> models = (ListView<?>) tester.getComponentFromLastRenderedPage("sites:0:totals:gpuBreakdown:models");
            assertThat(models.getList()).hasSize(3);
            long allocatedByTenant = ((ListView<?>) tester.getComponentFromLastRenderedPage("sites:0:totals:gpuBreakdown:tenants"))
                    .getList().stream().mapToLong(line -> ((GpuBreakdownPanel.TenantLine) line).gpus()).sum();
            assertThat(allocatedByTenant).isEqualTo(totals.gpusAllocated());
        }
    }

    @BothDatabases
    void saysHowToStartWhenThereIsNoSite(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.OPS)) {
            tester.startPage(HomePage.class);

            tester.assertVisible("none");
            tester.assertContains("DCIM_DEMO=small");
        }
    }
}
