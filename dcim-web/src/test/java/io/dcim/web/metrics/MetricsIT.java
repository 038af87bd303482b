package io.dcim.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.identity.role.Role;
import io.dcim.web.DcimServer;
import io.dcim.web.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} of the application as it runs: the small demo site, its simulator and one sweep. */
class MetricsIT {

    private static final String ADMIN_PASSWORD = TestServer.ADMIN_PASSWORD;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersPrometheusTextWithTheNamedSeriesToAMetricsTokenOnlyAndNoSecretOrRawPath(@TempDir Path dataDir)
            throws Exception {
        try (DcimServer server = TestServer.start(dataDir)) {
            var users = server.services().users();
            String scraper = users.createToken(users.create("prometheus", null, "a scraper's password", Set.of(Role.OPS))
                    .getId(), "prometheus").token();
            String analyst = users.createToken(users.create("analyst", null, "an analyst's password",
                    Set.of(Role.ANALYST)).getId(), "charts").token();
            long siteId = server.services().sites().sites().get(0).getId();
            // Requests with ids in their paths, and a first sweep of the simulated agents.
            assertThat(get(server, "/api/v1/sites/" + siteId + "/power", "Basic " + basic("admin", ADMIN_PASSWORD))
                    .statusCode()).isEqualTo(200);
            get(server, "/api/v1/cabinets/987654321/power", "Bearer " + scraper);
            get(server, "/health", null);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (server.power().polling().stats().completed() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }

            assertThat(get(server, "/metrics", null).statusCode()).as("no credentials").isEqualTo(401);
            assertThat(get(server, "/metrics", "Bearer not-a-token").statusCode()).as("a wrong token").isEqualTo(401);
            assertThat(get(server, "/metrics", "Basic " + basic("admin", ADMIN_PASSWORD)).statusCode())
                    .as("a password is no scrape credential").isEqualTo(401);
            assertThat(get(server, "/metrics", "Bearer " + analyst).statusCode()).as("no metrics.read").isEqualTo(403);
            HttpResponse<String> scrape = get(server, "/metrics", "Bearer " + scraper);

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
            String site = server.services().sites().sites().get(0).getName();
            assertThat(scrape.body())
                    .contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                            "process_cpu_usage", "hikaricp_connections_active{pool=\"dcim\"}")
                    .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",route=\"/api/v1/sites/{id}/power\",status=\"200\"}")
                    .contains("route=\"/health\"")
                    .contains("dcim_poller_sweep_duration_seconds_count", "dcim_poller_polls_total{outcome=\"OK\"}",
                            "dcim_poller_requests_in_flight", "dcim_poller_targets_enabled")
                    .contains("dcim_alarms_active{severity=\"CRITICAL\"}", "dcim_alarms_active{severity=\"WARNING\"}")
                    .contains("dcim_site_it_power_watts{site=\"" + site + "\"}")
                    .contains("dcim_site_gpus{site=\"" + site + "\",state=\"total\"}")
                    .contains("dcim_cabinet_load_cabinets{band=\"0-50\",site=\"" + site + "\"}");
            // The load percentiles exist once a cabinet is measured (on a machine loaded enough, the simulator's
            // agents can all time out at first); the PUE once every UPS input has a current reading.
            boolean measured = sum(scrape.body(), "dcim_cabinet_load_cabinets{") > 0;
            if (measured) {
                assertThat(scrape.body()).contains("dcim_cabinet_load_percent{site=\"" + site + "\",stat=\"max\"}");
            }
            assertThat(scrape.body()).as("no raw ids, no secrets")
                    .doesNotContain("/sites/" + siteId, "987654321", scraper, analyst, ADMIN_PASSWORD, "community",
                            "password");
            assertThat(sum(scrape.body(), "dcim_poller_sweep_duration_seconds_count")).as("sweeps timed").isPositive();
            java.util.Set<String> dataDependent = measured ? java.util.Set.of("dcim_site_pue")
                    : java.util.Set.of("dcim_site_pue", "dcim_cabinet_load_percent");
            assertThat(dashboardSeries()).as("every series the Grafana dashboard charts is served")
                    .allSatisfy(series -> assertThat(dataDependent.contains(series) || scrape.body().contains(series))
                            .as(series).isTrue());
        }
    }

    /** The metric names in the expressions of docs/grafana/dcim.json. */
    private static java.util.Set<String> dashboardSeries() throws java.io.IOException {
        var dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("../docs/grafana/dcim.json").toFile());
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("\\b((?:dcim|http|hikaricp|jvm|process)_[a-z_]+)");
        for (var expr : dashboard.findValues("expr")) {
            java.util.regex.Matcher m = metric.matcher(expr.asText());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSizeGreaterThan(15);
        return names;
    }

    private static double sum(String body, String series) {
        return body.lines().filter(l -> l.startsWith(series))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(DcimServer server, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
