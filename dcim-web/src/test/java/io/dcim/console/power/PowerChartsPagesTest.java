package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.LoadScope;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.layout.BasePage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;

/** The site power page, the cabinet page's power panel and the chart images, on the demo site's live readings. */
class PowerChartsPagesTest {

    private static final Pattern IMG = Pattern.compile("<img[^>]*src=\"([^\"]+)\"");

    @BothDatabases
    void theSitePowerPageShowsLoadPueTheTrendChartAndTheCabinetsNearestTheirContract(Database db) throws Exception {
        try (LiveSite live = LiveSite.start(db)) {
            Services services = live.services();
            long siteId = live.siteId();
            CabinetLoad busiest = live.cabinetNearestContract();
            try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
                tester.startPage(SitePowerPage.class, new PageParameters().set("site", siteId).set("period", "6h"));
                tester.assertRenderedPage(SitePowerPage.class);
                tester.assertInvisible("notRunning");
                tester.assertContains("IT load now");
                tester.assertContains(busiest.cabinetName());
                tester.assertLabel("figures:nearest:0:utilization", busiest.utilizationPct() + "%");
                List<?> rows = (List<?>) tester.getComponentFromLastRenderedPage("figures:nearest").getDefaultModelObject();
                assertThat(rows).hasSizeBetween(1, SitePowerPage.NEAREST);
                tester.assertContains(">6 hours</a>");
                assertThat(tester.getLastResponseAsString()).contains("current\" href");
                assertThat(stylesheet()).as("the period shown is marked, on every page").contains(".periods a.current");

                String chart = firstImage(tester);
                assertThat(images(tester)).anySatisfy(src -> assertThat(src).contains("site=" + siteId)
                        .contains("chart=forecast"));
                assertThat(chart).contains("site=" + siteId).contains("chart=trend").contains("period=6h");
                tester.executeUrl(chart);
                assertThat(tester.getLastResponse().getContentType()).startsWith("image/png");
                assertThat(ImageIO.read(new ByteArrayInputStream(tester.getLastResponse().getBinaryContent())).getWidth())
                        .isEqualTo(PowerChartResource.DEFAULT_WIDTH);

                tester.executeUrl("power/chart?site=" + siteId + "&chart=trend&period=7d&format=svg&download=true");
                assertThat(tester.getLastResponse().getContentType()).startsWith("image/svg+xml");
                assertThat(new String(tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8)).contains("<svg");
                assertThat(tester.getLastResponse().getHeader("Content-Disposition")).contains("attachment")
                        .contains(".svg");

                // Three hours of readings are too few to forecast from: the chart says so instead of failing.
                tester.executeUrl("power/chart?site=" + siteId + "&chart=forecast");
                assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
                assertThat(tester.getLastResponse().getContentType()).startsWith("image/png");

                tester.executeUrl("power/chart?site=999999&chart=trend");
                assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
                tester.executeUrl("power/chart?site=" + siteId + "&chart=inlet");
                assertThat(tester.getLastResponse().getStatus()).isEqualTo(400);

                tester.startPage(SitePowerPage.class);
                tester.assertRenderedPage(SitePowerPage.class);
                tester.assertContains("period=24h");
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            }
        }
    }

    @BothDatabases
    void theCabinetPageChartsDrawAgainstContractAndInletOverThePeriodPicked(Database db) throws Exception {
        try (LiveSite live = LiveSite.start(db)) {
            Services services = live.services();
            CabinetLoad cabinet = live.cabinetNearestContract();
            try (var tester = WebTesting.signedIn(services, Role.OPS)) {
                tester.startPage(CabinetPage.class, cabinet.cabinetId());
                tester.assertContains("Measured ");
                tester.assertContains("kW contracted");
                assertThat(firstImage(tester)).contains("chart=power").contains("period=24h");

                tester.clickLink("powerCharts:charts:periods:2:period");
                List<String> images = images(tester);
                assertThat(images).anySatisfy(src -> assertThat(src).contains("chart=power").contains("period=7d"));
                assertThat(images).anySatisfy(src -> assertThat(src).contains("chart=inlet").contains("period=7d"));
                assertThat(images).anySatisfy(src -> assertThat(src).contains("chart=forecast"));
                for (String src : images) {
                    tester.executeUrl(src);
                    assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
                    assertThat(ImageIO.read(new ByteArrayInputStream(tester.getLastResponse().getBinaryContent()))
                            .getHeight()).isEqualTo(PowerChartResource.DEFAULT_HEIGHT);
                }
            }
            try (var anonymous = WebTesting.tester(services)) {
                anonymous.executeUrl("power/chart?cabinet=" + cabinet.cabinetId() + "&chart=power");
                assertThat(anonymous.getLastResponse().getStatus()).isEqualTo(403);
            }
        }
    }

    @BothDatabases
    void withoutPowerMonitoringTheSitePowerPageAndTheCabinetPanelSaySo(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(SitePowerPage.class);
            tester.assertVisible("notRunning");
            tester.assertInvisible("figures");
            long cabinetId = services.cabinetQueries().page(io.dcim.inventory.cabinet.CabinetFilter.ofSite(null),
                    PageRequest.first(1, "name")).items().get(0).id();
            tester.startPage(CabinetPage.class, cabinetId);
            tester.assertVisible("powerCharts:notRunning");
            tester.assertInvisible("powerCharts:charts");
        }
    }

    static PowerModule start(Database db) {
        return WebTesting.startPower(db);
    }

    /** The demo site with its power demo running, swept once, and three hours of rolled-up history: what the charts draw. */
    private record LiveSite(Services services, long siteId, LivePower live) implements AutoCloseable {

        static LiveSite start(Database db) {
            Services services = WebTesting.demoSite(db);
            long siteId = services.sites().sites().get(0).getId();
            LivePower live = LivePower.start(services, db, DemoOptions.DEFAULT.withoutHistory());
            addHistory(live.power(), siteId);
            return new LiveSite(services, siteId, live);
        }

        /** The site's cabinet drawing nearest its contracted power: the one whose page and row the tests read. */
        CabinetLoad cabinetNearestContract() {
            return live.power().loads().nearestContract(LoadScope.site(siteId), 1).get(0);
        }

        @Override
        public void close() {
            live.close();
        }
    }

    /** Three hours of readings every 5 minutes for the site's PDUs and UPSes, rolled up: what the trend charts read. */
    static void addHistory(PowerModule power, long siteId) {
        List<TargetView> targets = power.targets().list(TargetFilter.ofSite(siteId), PageRequest.first(1_000, "name"))
                .items();
        Instant now = Instant.now();
        List<TargetReading> readings = new ArrayList<>();
        for (Duration ago = Duration.ofHours(3); ago.compareTo(Duration.ZERO) > 0; ago = ago.minusMinutes(5)) {
            for (TargetView t : targets) {
                if (t.role() == TargetRole.PDU) {
                    readings.add(new TargetReading(t.id(), Metrics.PDU_POWER_W, now.minus(ago), 4_000 + t.id() % 7 * 100));
                    readings.add(new TargetReading(t.id(), Metrics.SENSOR_TEMP_C, now.minus(ago), 24.5));
                } else if (t.role() == TargetRole.UPS) {
                    readings.add(new TargetReading(t.id(), Metrics.UPS_INPUT_POWER_W, now.minus(ago), 30_000));
                }
            }
        }
        power.readings().append(readings);
        power.readings().rollUp(now);
    }

    private static String firstImage(WicketTester tester) {
        return images(tester).get(0);
    }

    private static List<String> images(WicketTester tester) {
        Matcher img = IMG.matcher(tester.getLastResponseAsString());
        List<String> found = new ArrayList<>();
        while (img.find()) {
            found.add(img.group(1).replaceFirst("^\\./", "").replace("&amp;", "&"));
        }
        assertThat(found).as("chart images").isNotEmpty();
        return found;
    }

    /** The console's stylesheet, which marks the period (and the site) a page shows for every page. */
    private static String stylesheet() throws IOException {
        try (InputStream css = BasePage.class.getResourceAsStream("dcim.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
