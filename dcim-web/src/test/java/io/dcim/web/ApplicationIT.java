package io.dcim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.app.config.AppConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application as it runs from the jar: Jetty, H2 file database, demo seed, /health. */
class ApplicationIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager())
            .build();

    @Test
    void startsWithTheDemoSiteAndRestartsOnTheSameDataWithoutDuplicatingIt(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = TestServer.start(dataDir)) {
            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":\"H2\"");
            HttpResponse<String> home = signIn(server, "admin", TestServer.ADMIN_PASSWORD);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(DemoSiteLoader.SITE_NAME).contains("200");
        }
        assertThat(dataDir.resolve("dcim.mv.db")).exists();

        try (DcimServer again = TestServer.start(dataDir)) {
            assertThat(again.services().siteTotals().all()).hasSize(1);
            assertThat(again.services().siteTotals().all().get(0).cabinets()).isEqualTo(200);
        }
    }

    @Test
    void aFreshStartShowsLivePowerFromTheBuiltInSimulatorWithinAMinute(@TempDir Path dataDir) throws Exception {
        // As it starts with nothing configured: the power history written beside the first sweeps.
        try (DcimServer server = TestServer.start(dataDir, "DCIM_DEMO_POWER_HISTORY", "on")) {
            long siteId = server.services().sites().sites().get(0).getId();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            io.dcim.power.load.SiteLoad load = server.power().loads().site(siteId);
            // PUE waits for every UPS input of the site; the test waits for every PDU too, since a sweep still under
            // way divides the whole facility load by part of the IT load.
            while ((load.pue() == null || !everyPduReports(load)) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                load = server.power().loads().site(siteId);
            }
            assertThat(load.itW()).as("IT load measured from the demo PDUs").isPositive();
            assertThat(everyPduReports(load)).as("every PDU of the site reporting: %s", load.rooms()).isTrue();
            assertThat(load.pue()).as("PUE from the simulated UPS inputs").isNotNull();
            assertThat(load.pue().doubleValue()).isBetween(1.1, 1.4);
            assertThat(dataDir.resolve("credential.key")).exists();
            var nodes = server.power().leases().liveNodes(java.time.Instant.now());
            assertThat(nodes).as("a node alone polls every target").singleElement()
                    .satisfies(n -> assertThat(n.leases()).isEqualTo(server.power().targets().enabledPolls().size()));
            String nodeId = server.power().leases().nodeId();
            assertThat(get(server, "/health").body()).as("/health, answered without sign-in, names no node")
                    .doesNotContain(nodeId).doesNotContain("pollingNodes");
            assertThat(get(server, "/api/v1/cluster/nodes").statusCode()).as("the nodes without sign-in").isEqualTo(401);
            String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> cluster = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/v1/cluster/nodes")).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cluster.statusCode()).isEqualTo(200);
            assertThat(cluster.body()).as("the API names this node and the targets it leases")
                    .contains("\"answeredBy\":\"" + nodeId + "\"")
                    .contains("\"leases\":" + server.power().targets().enabledPolls().size());
        }
    }

    @Test
    void refusesCrossSiteFormPostsAndAsksForSignIn(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = TestServer.start(dataDir, "DCIM_DEMO", "off")) {
            HttpResponse<String> home = get(server, "/");
            assertThat(home.body()).as("pages need sign-in").contains("Sign in").doesNotContain("site(s)");
            HttpRequest crossSite = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/signin?-1.-form"))
                    .header("Sec-Fetch-Site", "cross-site")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=an+admin+password"))
                    .build();
            assertThat(http.send(crossSite, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void healthAnswers503WhenTheDatabaseIsGone(@TempDir Path dataDir) throws Exception {
        AppConfig config = AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(), "DCIM_PORT", "0", "DCIM_DEMO", "off"));

        try (DcimServer server = DcimServer.start(config)) {
            server.database().close();

            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
        }
    }

    private static boolean everyPduReports(io.dcim.power.load.SiteLoad load) {
        return load.rooms().stream().allMatch(room -> room.pdusReporting() == room.pdus());
    }

    private HttpResponse<String> signIn(DcimServer server, String username, String password) throws Exception {
        return FormSignIn.signIn(http, URI.create("http://127.0.0.1:" + server.port() + "/"), username, password);
    }

    private HttpResponse<String> get(DcimServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
