package io.dcim.console.chain;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.web.DemoServer;
import io.dcim.web.WebTesting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/**
 * The power chain recorded from the console on the small demo site: a source, a panel and a feed added through
 * their edit pages (a taken name and a stale version refused), a server's supplies plugged in from its cabinet's
 * page (at a PDU outlet, one no PDU has refused beside its field), a circuit schedule checked and imported in
 * the background; and a BMC added as a Redfish endpoint with a write-only password, polled now and removed.
 */
class PowerChainPagesTest {

    @BothDatabases
    void anAdminRecordsASourcePanelAndFeedAndPlugsAServerIntoIt(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = start(services, db)) {
            ChainFacade chain = power.chainFacade();
            long site = services.sites().sites().get(0).getId();
            DeviceSummary server = WebTesting.firstGpuServer(services, LifecycleStatus.IN_SERVICE);
            long cabinet = server.cabinetId();
            var tester = WebTesting.signedIn(services, Role.ADMIN);
            try {
                tester.startPage(PowerSourceEditPage.class, new PageParameters().set("site", site));
                tester.fill("form", Map.of("name", "UPS-A", "capacityW", "450000")).submit("save");
                tester.assertRenderedPage(PowerChainPage.class);
                tester.assertContains("UPS-A");
                SourceView ups = chain.sources(SYSTEM, site).get(0);

                tester.startPage(PowerSourceEditPage.class, new PageParameters().set("site", site));
                tester.fill("form", Map.of("name", "UPS-A", "capacityW", "1")).submit("save");
                tester.assertRenderedPage(PowerSourceEditPage.class);
                tester.assertContains("UPS-A is taken here");

                tester.startPage(PowerSourceEditPage.class, ups.id());
                chain.editSource(SYSTEM, ups.id(), ups.version(), new NewSource(site, "UPS-A", SourceKind.UPS,
                        600_000));
                tester.fill("form", Map.of("capacityW", "500000")).submit("save");
                assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR))
                        .as("someone saved meanwhile").isNotEmpty();
                assertThat(chain.source(SYSTEM, ups.id()).capacityW()).isEqualTo(600_000);

                tester.startPage(PowerPanelEditPage.class, new PageParameters().set("site", site));
                tester.fill("form", Map.of("sourceId", String.valueOf(ups.id()), "name", "PP-A", "ratingA", "400"))
                        .submit("save");
                tester.assertRenderedPage(PowerChainPage.class);
                long panel = chain.panels(SYSTEM, site).get(0).id();

                tester.startPage(PowerFeedEditPage.class, new PageParameters().set("site", site)
                        .set("cabinet", cabinet));
                tester.fill("form", Map.of("panelId", String.valueOf(panel), "name", "FEED-A")).submit("save");
                tester.assertRenderedPage(PowerChainPage.class);
                tester.assertContains("FEED-A");
                long feed = chain.feeds(SYSTEM, site, cabinet, io.dcim.common.paging.PageRequest.first(10, "name"))
                        .items().get(0).id();

                tester.startPage(CabinetSuppliesPage.class, new PageParameters().set("cabinet", cabinet));
                var supplies = chain.cabinetSupplies(SYSTEM, cabinet);
                int row = supplies.devices().stream().map(d -> d.deviceId()).toList().indexOf(server.id());
                tester.fill("form", Map.of("devices:" + row + ":supplies:0:feed", String.valueOf(feed))).submit("save");
                tester.assertNoErrorMessage();
                assertThat(chain.cabinetSupplies(SYSTEM, cabinet).devices().get(row).plugged().get(0).feedId())
                        .isEqualTo(feed);
                WebTesting.assertSerializable(tester.getLastRenderedPage());

                // the PDU outlet: an outlet no PDU has is refused beside its field and nothing is kept
                String outlet = "devices:" + row + ":supplies:0:outlet";
                tester.assertContains("PDU outlet");
                tester.fill("form", Map.of(outlet, "97")).submit("save");
                assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR
                        && m.getReporter().getPageRelativePath().equals("form:" + outlet)))
                        .extracting(m -> m.getMessage().toString()).containsExactly("Must be between 1 and 96, was 97");
                assertThat(chain.cabinetSupplies(SYSTEM, cabinet).devices().get(row).plugged().get(0).outlet())
                        .isNull();
                tester.fill("form", Map.of(outlet, "seven")).submit("save");
                assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR
                        && m.getReporter().getPageRelativePath().equals("form:" + outlet))).hasSize(1);
                tester.startPage(CabinetSuppliesPage.class, new PageParameters().set("cabinet", cabinet));
                tester.fill("form", Map.of(outlet, "7")).submit("save");
                tester.assertNoErrorMessage();
                assertThat(chain.cabinetSupplies(SYSTEM, cabinet).devices().get(row).plugged().get(0))
                        .extracting(v -> v.feedId(), v -> v.outlet()).containsExactly(feed, 7);
                tester.assertModelValue("form:" + outlet, 7);
                tester.fill("form", Map.of(outlet, "")).submit("save");
                tester.assertNoErrorMessage();
                assertThat(chain.cabinetSupplies(SYSTEM, cabinet).devices().get(row).plugged().get(0).outlet())
                        .as("a blank outlet records none").isNull();

                tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                tester.startPage(CabinetSuppliesPage.class, new PageParameters().set("cabinet", cabinet));
                tester.assertContains("PDU \u63d2\u5ea7");
                tester.startPage(PowerChainPage.class, new PageParameters().set("site", site));
                tester.assertContains("\u4f9b\u7535\u94fe\u8def");
                tester.assertContains("FEED-A");
            } finally {
                tester.destroy();
            }
        }
    }

    @BothDatabases
    void aCircuitScheduleIsCheckedInTheBackgroundEveryBadRowListedThenImported(Database db, DemoServer demo) throws Exception {
        String head = "\u7535\u6e90,\u7535\u6e90\u7c7b\u578b,\u7535\u6e90\u5bb9\u91cf(W),panel,panel_phases,"
                + "panel_voltage_v,panel_rating_a,feed,room,cabinet,side,phases,voltage_v,breaker_a,pdu\n";
        Path bad = Files.createTempFile("circuits", ".csv");
        Path good = Files.createTempFile("circuits", ".csv");
        Files.writeString(bad, head + "UPS-B,UPS,400000,PP-B,3,400,400,B-1,," + demo.server().cabinetName() + ",C,1,230,32,\n",
                StandardCharsets.UTF_8);
        Files.writeString(good, head + "UPS-B,UPS,400000,PP-B,3,400,400,B-1," + demo.server().roomName() + ","
                + demo.server().cabinetName() + ",B,1,230,32,\n", StandardCharsets.UTF_8);
        try (PowerModule power = start(demo.services(), db)) {
            long site = demo.services().sites().sites().get(0).getId();
            var tester = WebTesting.signedIn(demo.services(), Role.ADMIN);
            try {
                tester.startPage(PowerChainImportPage.class, new PageParameters().set("site", site));
                upload(tester, demo.services(), bad, "check");
                tester.assertContains("1 problem\\(s\\) in 1 rows: nothing was imported");
                tester.assertVisible("job:problemTable");
                tester.assertInvisible("job:job_body:confirm");

                upload(tester, demo.services(), good, "importNow");
                tester.assertContains("Imported 1 rows: 3 parts added, 0 changed.");
                assertThat(power.chainFacade().sources(SYSTEM, site)).extracting(SourceView::name)
                        .containsExactly("UPS-B");
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            } finally {
                tester.destroy();
            }
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @BothDatabases
    void aBmcIsAddedWithAWriteOnlyPasswordPolledNowAndRemoved(Database db, DemoServer demo) {
        try (PowerModule power = start(demo.services(), db)) {
            var tester = WebTesting.signedIn(demo.services(), Role.ADMIN);
            try {
                tester.startPage(RedfishTargetPage.class);
                FormTester form = tester.newFormTester("form");
                form.setValue("name", "bmc-one");
                form.setValue("device", demo.server().assetTag());
                form.setValue("host", "127.0.0.1");
                form.setValue("port", "1"); // nothing listens: the poll fails fast
                form.setValue("user", "root");
                form.setValue("password", "s3cret-pw-417");
                form.submit("save");
                tester.assertRenderedPage(RedfishTargetPage.class);
                RedfishTargetView created = power.redfishTargets().list(null, demo.server().id(),
                        io.dcim.common.paging.PageRequest.first(5, "name")).items().get(0);
                assertThat(tester.getLastResponseAsString()).doesNotContain("s3cret-pw-417");

                form = tester.newFormTester("form");
                form.submit("buttons:pollNow");
                tester.assertContains("Polled now:");
                assertThat(power.statuses().find(created.id())).isPresent();

                form = tester.newFormTester("form");
                form.setValue("name", "bmc-one-b");
                form.submit("save"); // the password field left empty keeps the stored one
                tester.assertNoErrorMessage();
                assertThat(power.redfishTargets().find(created.id()).name()).isEqualTo("bmc-one-b");

                tester.startPage(RedfishTargetsPage.class);
                tester.assertContains("bmc-one-b");
                tester.assertContains(demo.server().assetTag());
                tester.assertContains("127.0.0.1");

                tester.startPage(RedfishTargetPage.class, created.id());
                tester.newFormTester("form").submit("delete");
                tester.assertRenderedPage(RedfishTargetsPage.class);
                assertThat(power.redfishTargets().list(null, null, io.dcim.common.paging.PageRequest.first(5, "name"))
                        .items()).isEmpty();
            } finally {
                tester.destroy();
            }
        }
    }

    private static void upload(WicketTester tester, Services services, Path file, String button) throws Exception {
        FormTester form = tester.newFormTester("upload");
        form.setFile("file", new org.apache.wicket.util.file.File(file.toFile()), "text/csv");
        form.submit(button);
        tester.assertNoErrorMessage();
        var field = PowerChainImportPage.class.getDeclaredField("jobId");
        field.setAccessible(true);
        var job = services.importJobs().findChain((String) field.get(tester.getLastRenderedPage())).orElseThrow();
        assertThat(job.await(Duration.ofSeconds(60))).isTrue();
        tester.startPage(tester.getLastRenderedPage());
    }

    private static PowerModule start(Services services, Database db) {
        PowerModule power = PowerModule.start(db, Clock.systemUTC(), PowerModule.Config.defaults(
                CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())));
        services.attachPower(power);
        return power;
    }
}
