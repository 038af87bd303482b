package io.dcim.console.webhook;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.power.PowerModule;
import io.dcim.power.webhook.RuleView;
import io.dcim.power.webhook.WebhookFormat;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;

/**
 * The event rules page: an admin adds a rule (refusals beside their field), edits it without seeing its address or
 * secret again, tests it from the list and deletes it; others may not open it.
 */
class WebhooksPageTest {

    @BothDatabases
    void anAdminAddsEditsTestsAndDeletesARuleWhoseAddressAndSecretAreWriteOnly(Database db) throws Exception {
        Services services = WebTesting.services(db);
        new InventoryFixture(db);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?token=t0k3n";
        try (PowerModule power = WebTesting.attachPower(services, db);
             var admin = WebTesting.signedIn(services, Role.ADMIN)) {
            admin.startPage(WebhooksPage.class);
            admin.assertContains("New rule");
            admin.fill("form", Map.of("name", "feed", "url", url, "secret", "whsec-1"))
                    .select("format", WebhookFormat.JSON.ordinal()).submit("save");
            assertThat(WebTesting.errorBeside(admin, "form:eventsFeedback")).as("no event chosen: said beside them").isTrue();

            admin.fill("form", Map.of("url", url, "secret", "whsec-1"))
                    .selectMultiple("events", new int[] {0}).submit("save");
            admin.assertNoErrorMessage();
            admin.assertRenderedPage(WebhooksPage.class);
            admin.assertContains("Saved.");
            RuleView made = power.webhookFacade().rules(SYSTEM).get(0);
            assertThat(admin.getLastResponseAsString()).contains("feed").doesNotContain("t0k3n", "whsec-1");

            admin.startPage(WebhooksPage.class, made.id());
            admin.assertContains("Edit rule feed");
            admin.assertContains("Empty keeps the saved address");
            assertThat(admin.getLastResponseAsString()).doesNotContain("t0k3n", "whsec-1");
            WebTesting.assertSerializable(admin.getLastRenderedPage());
            admin.fill("form", Map.of("name", "feed two")).submit("save");
            admin.assertNoErrorMessage();
            admin.assertContains("Saved.");
            admin.assertContains("Edit rule feed two");
            assertThat(admin.getLastResponseAsString()).as("the address is sealed again once saved").doesNotContain("t0k3n");
            admin.newFormTester("form", false).setValue("name", "feed three").submit("save");
            admin.assertNoErrorMessage(); // the page names the version its last save made, not the one it read
            RuleView edited = power.webhookFacade().rule(SYSTEM, made.id());
            assertThat(edited.name()).isEqualTo("feed three");
            assertThat(edited.url()).as("empty kept the saved address").isEqualTo(made.url());
            assertThat(edited.hasSecret()).as("empty kept the saved secret").isTrue();

            admin.newFormTester("definitions:rule:0:test").submit();
            admin.assertNoErrorMessage();
            assertThat(admin.getLastResponseAsString()).as("the test's outcome, said above the list")
                    .contains("Test message accepted (HTTP 204).");
            admin.assertComponent("definitions:feedback", org.apache.wicket.markup.html.panel.FeedbackPanel.class);
            assertThat(((org.apache.wicket.markup.html.panel.FeedbackPanel) admin
                    .getComponentFromLastRenderedPage("definitions:feedback")).anyMessage()).isTrue();

            admin.startPage(WebhooksPage.class, made.id());
            admin.newFormTester("form", false).submit("delete");
            admin.assertNoErrorMessage();
            admin.assertRenderedPage(WebhooksPage.class);
            admin.assertContains("Deleted.");
            assertThat(power.webhookFacade().rules(SYSTEM)).isEmpty();
        } finally {
            receiver.stop(0);
        }
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            assertThatThrownBy(() -> ops.startPage(WebhooksPage.class)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }
}
