package io.dcim.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.console.site.SiteEditPage;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

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

    @BothDatabases
    void eachSiteOffersItsEditPageOnlyToThoseWhoMayManageSitesInTheirLanguage(Database db) {
        Services services = WebTesting.services(db);
        Site site = services.siteFacade().create(Caller.system("setup"), new SiteDetails("Hohhot", null, null, null,
                "Asia/Shanghai", new BigDecimal("0.262"), new BigDecimal("1.25"), null, null));
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(HomePage.class);
            tester.assertBookmarkablePageLink("sites:0:totals:edit", SiteEditPage.class,
                    new PageParameters().set("id", site.getId()));
            assertThat(tester.getLastResponseAsString()).contains("Edit site");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(HomePage.class);
            assertThat(tester.getLastResponseAsString()).contains("编辑站点").doesNotContain("Edit site");
            tester.clickLink("sites:0:totals:edit");
            tester.assertRenderedPage(SiteEditPage.class);
            tester.assertModelValue("form:name", "Hohhot");
        }
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(HomePage.class);
            tester.assertLabel("sites:0:totals:name", "Hohhot");
            tester.assertInvisible("sites:0:totals:edit");
        }
    }
}
