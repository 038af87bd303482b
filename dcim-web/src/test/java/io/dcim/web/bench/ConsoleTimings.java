package io.dcim.web.bench;

import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import io.dcim.web.DcimServer;
import io.dcim.app.config.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warm timings of the console's heaviest reads at full demo scale (4,000 cabinets, 57,600
 * GPUs), measured over loopback HTTP against the running server: the per-request time the
 * server spends, plus a loopback round trip.
 */
final class ConsoleTimings {

    private static final String DEMO = BenchScale.smoke() ? "small" : "full";
    private static final int WARMUP = 20;
    private static final int RUNS = 50;
    private static final String PASSWORD = "benchmark password";

    private ConsoleTimings() {
    }

    static void run(Path dataDir) throws Exception {
        AppConfig config = AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(), "DCIM_PORT", "0",
                "DCIM_DEMO", DEMO, "DCIM_ADMIN_PASSWORD", PASSWORD));
        try (DcimServer server = DcimServer.start(config)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            long cabinet = server.services().cabinetQueries().page(CabinetFilter.ofSite(null),
                    new PageRequest(0, 1, "devices", false)).items().get(0).id();
            report("GET /api/v1/gpus?size=500&page=40", time(http, auth, base + "/gpus?size=500&page=40"));
            report("GET /api/v1/gpus?size=500&status=in_service&sort=-serial", time(http, auth,
                    base + "/gpus?size=500&status=in_service&sort=-serial"));
            report("GET /api/v1/cabinets?size=50&page=40&sort=-freeU", time(http, auth, base + "/cabinets?size=50&page=40&sort=-freeU"));
            report("GET /api/v1/cabinets/{id}/devices (elevation data)", time(http, auth,
                    base + "/cabinets/" + cabinet + "/devices?size=200"));
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .cookieHandler(new CookieManager()).build();
            String site = "http://127.0.0.1:" + server.port();
            signIn(browser, site);
            report("page: site dashboard", time(browser, null, site + "/home"));
            report("page: cabinet list, 50 rows sorted", time(browser, null, site + "/cabinets"));
            report("page: cabinet elevation", time(browser, null, site + "/cabinet?id=" + cabinet));
            timeSearchAndHistory(server, browser, site);
        }
    }

    /**
     * Search and history at full scale (issue #12: pages that work at 4,000 cabinets, target < 300 ms median):
     * a search whose words match across kinds (every kind's query and count run), one that matches nothing (the
     * queries' floor), the history across the inventory (the union of the audit tables, paged and counted in the
     * database), the same filtered by who and type, its last page, and one object's history.
     */
    private static void timeSearchAndHistory(DcimServer server, HttpClient browser, String site) {
        long device = server.services().deviceQueries().page(io.dcim.inventory.device.DeviceFilter.all(),
                PageRequest.first(1, "assetTag")).items().get(0).id();
        report("page: search \"H100\" (every kind, 25 hits at most)", time(browser, null, site + "/search?q=H100"));
        report("page: search \"GPU00001234\" (a serial's start)", time(browser, null, site + "/search?q=GPU00001234"));
        report("page: search matching nothing", time(browser, null, site + "/search?q=zzzz-nothing"));
        report("page: history, newest 50 across the inventory", time(browser, null, site + "/history"));
        report("page: history, by who and type", time(browser, null, site + "/history?who=admin&kind=device"));
        report("page: history, page 100", time(browser, null, site + "/history?page=100"));
        report("page: history of one device", time(browser, null, site + "/history?type=device&id=" + device));
        report("page: GPU list with tags, 100 rows", time(browser, null, site + "/gpus"));
    }

    /** Signs in through the form as a browser does, so that the client's cookie carries the session. */
    static void signIn(HttpClient browser, String site) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(site + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        URI target = URI.create(site + "/").resolve(action.group(1).replace("&amp;", "&"));
        check(browser.send(HttpRequest.newBuilder(target).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding()));
    }

    private static double[] time(HttpClient http, String auth, String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        HttpRequest request = builder.build();
        return BenchTimer.time(() -> {
            try {
                return check(http.send(request, HttpResponse.BodyHandlers.discarding()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, WARMUP, RUNS);
    }

    private static HttpResponse<?> check(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf("%s demo, warm: %s: median %.1f ms, p95 %.1f ms (%d runs)%n", DEMO, what,
                BenchTimer.median(sorted), BenchTimer.p95(sorted), sorted.length);
    }
}
