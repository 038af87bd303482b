package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Site;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.remote.CollectorView;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/** The remote collectors page: admins add one and see its token once; others may not open it. */
class CollectorsPageTest {

    /** The page opened afresh and its form filled for a collector of the first site. */
    private static FormTester newCollector(WicketTester tester, String name, boolean wholeSite) {
        tester.startPage(CollectorsPage.class);
        FormTester form = tester.newFormTester("form");
        form.setValue("name", name);
        form.select("site", 0);
        form.setValue("wholeSite", wholeSite);
        return form;
    }

    private static TargetView pdu(PowerModule power, String name, long siteId) {
        return power.targets().create(TargetSpec.pdu(name, "127.0.0.1", SnmpVersion.V2C,
                TargetCredentials.community("c"), "apc-rpdu2", siteId, null, null));
    }

    @BothDatabases
    void anAdminAddsACollectorSeesItsTokenOnceAndThenItsHealth(Database db) {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        try (PowerModule power = PowerChartsPagesTest.start(db)) {
            services.attachPower(power);
            var tester = WebTesting.signedIn(services, Role.ADMIN);
            try {
                FormTester form = newCollector(tester, "Remote hall", true);
                form.submit("save");

                tester.assertRenderedPage(CollectorsPage.class);
                String page = tester.getLastResponseAsString();
                CollectorView made = power.collectorFacade().list(Caller.system("test")).get(0);
                assertThat(made.siteId()).isEqualTo(inventory.site.getId());
                assertThat(page).as("the token, shown this once").contains(made.tokenPrefix()).contains("dcimc_");
                assertThat(page).contains("Never seen").contains("whole site: 0");

                tester.startPage(CollectorsPage.class);
                assertThat(tester.getLastResponseAsString()).contains("Remote hall").doesNotContain("dcimc_")
                        .as("a new token only for one already made").doesNotContain("New token");
                WebTesting.assertSerializable(tester.getLastRenderedPage());

                tester.fill("form", Map.of("name", "Second", "wholeSite", "false")).select("site", 0).submit("save");
                assertThat(((org.apache.wicket.markup.html.panel.FeedbackPanel) tester
                        .getComponentFromLastRenderedPage("form:targetIdsFeedback")).anyErrorMessage())
                        .as("none ticked: the refusal is shown beside the list").isTrue();
            } finally {
                tester.destroy();
            }
            var analyst = WebTesting.signedIn(services, Role.ANALYST);
            try {
                assertThatThrownBy(() -> analyst.startPage(CollectorsPage.class))
                        .isInstanceOf(UnauthorizedInstantiationException.class);
            } finally {
                analyst.destroy();
            }
        }
    }

    /** Targets are picked from the site's list, found by a search, not typed as ids; a search keeps the ticks. */
    @BothDatabases
    void anAdminPicksTheTargetsOfACollectorFromASearchOfTheSitesTargets(Database db) {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        long siteId = inventory.site.getId();
        try (PowerModule power = PowerChartsPagesTest.start(db)) {
            services.attachPower(power);
            TargetView hallA = pdu(power, "pdu-hall-a-01", siteId);
            TargetView hallB = pdu(power, "pdu-hall-b-01", siteId);
            pdu(power, "pdu-hall-b-02", siteId);
            var tester = WebTesting.signedIn(services, Role.ADMIN);
            try {
                FormTester form = newCollector(tester, "Hall A and one of B", false);
                form.setValue("search", "hall-a");
                form.submit("find");
                String found = tester.getLastResponseAsString();
                assertThat(found).contains("pdu-hall-a-01").doesNotContain("pdu-hall-b-01");

                tester.fill("form", Map.of("search", "HALL-B-01"))
                        .selectMultiple("targetIds", new int[] {0}).submit("find");
                assertThat(tester.getLastResponseAsString()).as("the ticked one stays listed above the matches")
                        .contains("pdu-hall-a-01").contains("pdu-hall-b-01").doesNotContain("pdu-hall-b-02");

                form = tester.newFormTester("form", false);
                form.selectMultiple("targetIds", new int[] {0, 1});
                form.submit("save");
                tester.assertNoErrorMessage();
                CollectorView made = power.collectorFacade().list(Caller.system("test")).get(0);
                assertThat(made.wholeSite()).isFalse();
                assertThat(made.chosenTargetIds()).containsExactlyInAnyOrder(hallA.id(), hallB.id());

                tester.startPage(CollectorsPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                        .set("id", made.id()));
                String editing = tester.getLastResponseAsString();
                assertThat(editing).as("editing shows the chosen targets ticked").contains("pdu-hall-a-01")
                        .contains("pdu-hall-b-01").contains("checked");
                WebTesting.assertSerializable(tester.getLastRenderedPage());

                tester.fill("form", Map.of("name", "Hall A and B")).submit("save");
                tester.assertNoErrorMessage();
                assertThat(tester.getLastResponseAsString()).as("an edit stays on the collector edited")
                        .contains("Saved.").contains("Edit collector Hall A and B");

                Site other = inventory.sites.createSite(new NewSite("Other IDC", "Test Provider", "Hohhot",
                        "Asia/Shanghai", new BigDecimal("0.262"), new BigDecimal("1.25"), LocalDate.of(2024, 5, 15)));
                tester.startPage(CollectorsPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                        .set("id", made.id()));
                tester.fill("form", Map.of("site", String.valueOf(other.getId()))).submit("save");
                WebTesting.assertOnlyError(tester).contains("Other IDC");
                assertThat(WebTesting.errorBeside(tester, "form:targetIdsFeedback"))
                        .as("a ticked target of another site (targetIds[i]): said beside the list").isTrue();

                tester.startPage(CollectorsPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                        .set("id", made.id()));
                tester.newFormTester("form", false).submit("buttons:newToken");
                tester.assertRenderedPage(CollectorsPage.class);
                CollectorView renewed = power.collectorFacade().find(Caller.system("test"), made.id());
                assertThat(renewed.tokenPrefix()).isNotEqualTo(made.tokenPrefix());
                assertThat(tester.getLastResponseAsString()).as("the new token, shown this once")
                        .contains("New token made").contains(renewed.tokenPrefix()).contains("New collector");
            } finally {
                tester.destroy();
            }
        }
    }
}
