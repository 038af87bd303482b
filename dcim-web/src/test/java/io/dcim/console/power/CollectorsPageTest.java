package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.power.PowerModule;
import io.dcim.power.remote.CollectorView;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/** The remote collectors page: admins add one and see its token once; others may not open it. */
class CollectorsPageTest {

    @BothDatabases
    void anAdminAddsACollectorSeesItsTokenOnceAndThenItsHealth(Database db) {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        try (PowerModule power = PowerChartsPagesTest.start(db)) {
            services.attachPower(power);
            WicketTester tester = WebTesting.signedIn(services, Role.ADMIN);
            try {
                tester.startPage(CollectorsPage.class);
                FormTester form = tester.newFormTester("form");
                form.setValue("name", "Remote hall");
                form.select("site", 0);
                form.setValue("wholeSite", true);
                form.submit("save");

                tester.assertRenderedPage(CollectorsPage.class);
                String page = tester.getLastResponseAsString();
                CollectorView made = power.collectorFacade().list(Caller.system("test")).get(0);
                assertThat(made.siteId()).isEqualTo(inventory.site.getId());
                assertThat(page).as("the token, shown this once").contains(made.tokenPrefix()).contains("dcimc_");
                assertThat(page).contains("Never seen").contains("whole site: 0");

                tester.startPage(CollectorsPage.class);
                assertThat(tester.getLastResponseAsString()).contains("Remote hall").doesNotContain("dcimc_");
                WebTesting.assertSerializable(tester.getLastRenderedPage());

                form = tester.newFormTester("form");
                form.setValue("name", "Second");
                form.select("site", 0);
                form.setValue("wholeSite", false);
                form.setValue("targetIds", "12, x");
                form.submit("save");
                assertThat(((org.apache.wicket.markup.html.panel.FeedbackPanel) tester
                        .getComponentFromLastRenderedPage("form:targetIdsFeedback")).anyErrorMessage())
                        .as("the refusal is shown beside the field").isTrue();
            } finally {
                tester.destroy();
            }
            WicketTester analyst = WebTesting.signedIn(services, Role.ANALYST);
            try {
                assertThatThrownBy(() -> analyst.startPage(CollectorsPage.class))
                        .isInstanceOf(UnauthorizedInstantiationException.class);
            } finally {
                analyst.destroy();
            }
        }
    }
}
