package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/** The SNMP targets list, the admins' target form (credentials write-only) and the device profiles page. */
class SnmpAdminPagesTest {

    @BothDatabases
    void everyoneSeesTargetsWithTheirLastPollAndFiltersThemInTheDatabase(Database db) {
        Services services = WebTesting.demoSite(db);
        try (LivePower live = LivePower.start(services, db, DemoOptions.DEFAULT.withoutHistory())) {
            PowerModule power = live.power();
            TargetView first = power.targets().list(TargetFilter.all(), PageRequest.first(1, "name")).items().get(0);
            long total = power.targets().list(TargetFilter.all(), PageRequest.first(1, "name")).total();
            try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
                tester.startPage(SnmpTargetsPage.class);
                tester.assertInvisible("add");
                tester.assertInvisible("profiles");
                tester.assertContains(first.name());
                tester.assertContains(" ms</div>");
                tester.assertContains("class=\"outcome ok\"");
                assertThat(((org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable<?, ?>) tester
                        .getComponentFromLastRenderedPage("targets")).getItemCount()).isEqualTo(total);

                FormTester filter = tester.newFormTester("filter");
                filter.select("role", 0); // PDU
                filter.select("status", 2); // never polled
                filter.submit();
                tester.assertRenderedPage(SnmpTargetsPage.class);
                assertThat(tester.getLastRenderedPage().getPageParameters().get("role").toString()).isEqualTo("PDU");
                tester.assertContains("No Records Found");

                tester.startPage(SnmpTargetsPage.class, new PageParameters().set("role", "ups").set("status", "ok"));
                long upses = power.targets().list(new TargetFilter(null, null, io.dcim.power.endpoint.TargetRole.UPS, null,
                        null, TargetFilter.Health.OK), PageRequest.first(1, "name")).total();
                assertThat(upses).isPositive();
                assertThat(((org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable<?, ?>) tester
                        .getComponentFromLastRenderedPage("targets")).getItemCount()).isEqualTo(upses);
                WebTesting.assertSerializable(tester.getLastRenderedPage());
                assertThatThrownBy(() -> tester.startPage(SnmpTargetPage.class))
                        .isInstanceOf(UnauthorizedInstantiationException.class);
                assertThatThrownBy(() -> tester.startPage(SnmpProfilesPage.class))
                        .isInstanceOf(UnauthorizedInstantiationException.class);
            }
        }
    }

    @BothDatabases
    void adminsAddEditAndDeleteATargetAndItsSecretsAreNeverShownBack(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = WebTesting.attachPower(services, db)) {
            try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
                tester.startPage(SnmpTargetsPage.class);
                tester.clickLink("add");
                tester.assertRenderedPage(SnmpTargetPage.class);
                FormTester form = newTarget(tester, "pdu-lab-1", "not a host!", "very-secret-community", "");
                form.submit();
                tester.assertRenderedPage(SnmpTargetPage.class);
                WebTesting.assertOnlyError(tester).isEqualTo("'not a host!' is neither an IP address nor a valid DNS name");
                assertThat(tester.getLastResponseAsString()).doesNotContain("very-secret-community");
                assertThat(WebTesting.errorBeside(tester, "form:hostFeedback"))
                        .as("the refusal is shown beside the host field").isTrue();
                assertThat(((org.apache.wicket.markup.html.panel.FeedbackPanel) tester
                        .getComponentFromLastRenderedPage("form:nameFeedback")).anyMessage()).isFalse();

                tester.fill("form", Map.of("host", "192.0.2.10", "community", "very-secret-community")).submit();
                tester.assertRenderedPage(SnmpTargetsPage.class);
                TargetView created = power.targets().list(new TargetFilter(null, null, null, null, "pdu-lab-1"),
                        PageRequest.first(1, "name")).items().get(0);
                assertThat(created.host()).isEqualTo("192.0.2.10");

                tester.startPage(SnmpTargetPage.class, created.id());
                tester.assertContains("pdu-lab-1");
                tester.assertContainsNot("very-secret-community");
                tester.fill("form", Map.of("intervalSeconds", "60")).submit();
                tester.assertRenderedPage(SnmpTargetsPage.class);
                TargetView edited = power.targets().find(created.id());
                assertThat(edited.intervalSeconds()).isEqualTo(60);
                assertThat(((SnmpCredentials.Community) power.targets().collectRequest(created.id()).credentials())
                        .community().reveal()).as("empty secret fields keep the stored ones")
                        .isEqualTo("very-secret-community");

                tester.startPage(SnmpTargetPage.class, created.id());
                form = tester.newFormTester("form");
                form.select("version", 2); // v3, without a user or passphrases
                form.submit();
                WebTesting.assertOnlyError(tester).isEqualTo("Required for SNMP v3");
                assertThat(WebTesting.errorBeside(tester, "form:v3UserFeedback")).isTrue();

                tester.startPage(SnmpTargetPage.class, created.id());
                tester.newFormTester("form").submit("delete");
                tester.assertRenderedPage(SnmpTargetsPage.class);
                assertThat(power.targets().list(new TargetFilter(null, null, null, null, "pdu-lab-1"),
                        PageRequest.first(1, "name")).total()).isZero();
            }
        }
    }

    @BothDatabases
    void adminsAddAProfileByPasteAndABadOneIsRefusedNamingTheLine(Database db) {
        Services services = WebTesting.services(db);
        try (PowerModule power = WebTesting.attachPower(services, db)) {
            try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
                tester.startPage(SnmpProfilesPage.class);
                tester.assertContains("apc-rpdu2");
                tester.assertContains("shipped");
                tester.fill("adding:add", Map.of("body", "{\n  \"id\": \"acme-pdu\",\n  \"match\": [\n}")).submit();
                tester.assertRenderedPage(SnmpProfilesPage.class);
                WebTesting.assertOnlyError(tester).contains("line 4");

                FormTester form = tester.newFormTester("adding:add");
                form.setValue("body", """
                        {"id": "acme-pdu", "description": "ACME rack PDU",
                         "match": {"sysObjectIdPrefixes": ["1.3.6.1.4.1.55555.1"]},
                         "scalars": [{"oid": "1.3.6.1.4.1.55555.1.1.0", "metric": "pdu.power.w", "syntax": "INTEGER",
                                      "unit": "W"}]}
                        """);
                form.submit();
                tester.assertRenderedPage(SnmpProfilesPage.class);
                tester.assertContains("ACME rack PDU");
                tester.assertContains("added by user-admin");
                assertThat(power.profiles().select("1.3.6.1.4.1.55555.1.3", null)).isPresent();
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            }
        }
    }

    @BothDatabases
    void aCabinetNamedWithoutItsRoomOrNotInItIsRefusedBesideTheFieldInTheReadersLanguage(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = WebTesting.attachPower(services, db)) {
            try (var tester = WebTesting.signedIn(services, Role.ADMIN)) {
                tester.getSession().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
                tester.startPage(SnmpTargetPage.class);
                FormTester form = newTarget(tester, "pdu-lab-2", "192.0.2.11", "public", "NO-SUCH-CABINET");
                form.submit();
                tester.assertRenderedPage(SnmpTargetPage.class);
                WebTesting.assertOnlyError(tester).isEqualTo("请选择机柜 NO-SUCH-CABINET 所在的机房");

                tester.fill("form", Map.of("community", "public", "cabinet", "NO-SUCH-CABINET"))
                        .select("roomId", 0).submit();
                WebTesting.assertOnlyError(tester).isEqualTo("该机房没有机柜 NO-SUCH-CABINET");
                assertThat(WebTesting.errorBeside(tester, "form:cabinetFeedback"))
                        .as("beside the cabinet field").isTrue();
            }
        }
    }

    /** The new-target form filled as an admin types it, on the first device profile; not submitted yet. */
    private static FormTester newTarget(WicketTester tester, String name, String host, String community,
                                        String cabinet) {
        FormTester form = tester.newFormTester("form");
        form.setValue("name", name);
        form.setValue("host", host);
        form.setValue("community", community);
        form.select("profileId", 0);
        form.setValue("cabinet", cabinet);
        return form;
    }
}
