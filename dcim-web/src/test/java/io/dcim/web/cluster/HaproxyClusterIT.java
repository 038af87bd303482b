package io.dcim.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.testing.TestDatabase;
import io.dcim.web.FormSignIn;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's reference deployment, run as documented: {@code docs/cluster/start-cluster.sh} starts two nodes of
 * the built jar on one PostgreSQL database behind HAProxy ({@code docs/cluster/haproxy.cfg}). The balancer spreads
 * API calls over both nodes and keeps a console session on its node; after {@code kill -9} of that node, API calls
 * go on without a failure and the browser finds the sign-in page on the survivor, where it signs in again.
 */
class HaproxyClusterIT {

    private static final String PASSWORD = "an admin password";
    private static final Path SCRIPT = Path.of("../docs/cluster/start-cluster.sh");
    private static final Path JAR = Path.of("target/dcim.jar");

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoNodesBehindHaproxyServeOnWhenOneIsKilled(@TempDir Path dir) throws Exception {
        requireHaproxyAndPostgres();
        int lb = freePort();
        try (TestDatabase.EmptySchema schema = TestDatabase.emptyPostgresSchema()) {
            Process cluster = start(dir, schema, lb, freePort(), freePort());
            try {
                URI base = URI.create("http://127.0.0.1:" + lb + "/");
                awaitHealthy(cluster, dir, base);

                assertThat(nodesAnswering(base, 6)).as("API calls without a cookie, round robin")
                        .containsExactlyInAnyOrder("node1", "node2");
                assertThat(pollingNodes(base)).as("both nodes share the polling: %s", base).isEqualTo(2);

                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<String> home = FormSignIn.signIn(browser, base, "admin", PASSWORD);
                assertThat(signedIn(home)).as("signed in through the balancer: %s", home.uri()).isTrue();
                String node = nodeCookie(browser).orElseThrow();
                for (int i = 0; i < 4; i++) {
                    HttpResponse<String> again = browser.send(get(base.resolve("/")), HttpResponse.BodyHandlers.ofString());
                    assertThat(signedIn(again)).as("request %d stays on %s, in its session", i, node).isTrue();
                }

                ProcessHandle victim = ProcessHandle.of(Long.parseLong(
                        Files.readString(dir.resolve(node + ".pid")).trim())).orElseThrow();
                victim.destroyForcibly();
                victim.onExit().get();

                HttpResponse<String> afterwards = browser.send(get(base.resolve("/")), HttpResponse.BodyHandlers.ofString());
                assertThat(afterwards.statusCode()).isEqualTo(200);
                assertThat(signedIn(afterwards)).as("the session died with its node: back to sign-in").isFalse();
                assertThat(nodeCookie(browser)).as("moved to the survivor").isPresent().get().isNotEqualTo(node);
                assertThat(signedIn(FormSignIn.signIn(browser, base, "admin", PASSWORD))).isTrue();

                for (int i = 0; i < 6; i++) {
                    HttpResponse<String> sites = api.send(authorized(base.resolve("/api/v1/sites")),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(sites.statusCode()).as("API call %d after the kill", i).isEqualTo(200);
                }
            } finally {
                stop(cluster);
            }
        }
    }

    private Process start(Path dir, TestDatabase.EmptySchema schema, int lb, int node1, int node2) throws IOException {
        ProcessBuilder script = new ProcessBuilder("bash", SCRIPT.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("start-cluster.out").toFile());
        var env = script.environment();
        env.put("DCIM_DB_URL", schema.url());
        env.put("DCIM_DB_USER", schema.user());
        env.put("DCIM_DB_PASSWORD", schema.password());
        env.put("DCIM_DEMO", "off"); // routing is under test here, not the demo; it halves the first start
        env.put("DCIM_ADMIN_PASSWORD", PASSWORD);
        env.put("DCIM_LB_PORT", String.valueOf(lb));
        env.put("DCIM_NODE_PORTS", node1 + " " + node2);
        env.put("DCIM_CLUSTER_DIR", dir.toString());
        env.put("DCIM_JAR", JAR.toAbsolutePath().toString());
        env.put("DCIM_JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1");
        return script.start();
    }

    /** Until the balancer answers /health, at most 8 minutes (two JVMs start one after the other; slow on a loaded machine). */
    private void awaitHealthy(Process cluster, Path dir, URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(cluster.isAlive()).as("start-cluster.sh ended: %s", output(dir)).isTrue();
            try {
                if (api.send(get(base.resolve("/health")), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(dir.resolve("start-cluster.out")).contains("HAProxy in front")) {
                    return;
                }
            } catch (IOException notYet) {
                // the balancer is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the cluster did not come up in 8 minutes: " + output(dir));
    }

    /** Which nodes the balancer's cookie names for cookie-less API calls. */
    private Set<String> nodesAnswering(URI base, int calls) throws Exception {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < calls; i++) {
            HttpResponse<String> sites = api.send(authorized(base.resolve("/api/v1/sites")), HttpResponse.BodyHandlers.ofString());
            assertThat(sites.statusCode()).isEqualTo(200);
            sites.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("DCIM_NODE="))
                    .map(c -> c.substring("DCIM_NODE=".length(), c.indexOf(';'))).forEach(nodes::add);
        }
        return nodes;
    }

    private static Optional<String> nodeCookie(HttpClient browser) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("DCIM_NODE")).map(java.net.HttpCookie::getValue).findFirst();
    }

    /** A console page, not the sign-in page it redirects to without a session. */
    private static boolean signedIn(HttpResponse<String> page) {
        return page.statusCode() == 200 && !page.uri().getPath().startsWith("/signin");
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
    }

    /** How many nodes {@code /api/v1/cluster/nodes} lists, once it lists two or after 20 s (a node heartbeats every sweep). */
    private int pollingNodes(URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int nodes;
        do {
            HttpResponse<String> answer = api.send(authorized(base.resolve("/api/v1/cluster/nodes")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            nodes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("nodes").size();
        } while (nodes < 2 && System.nanoTime() < deadline && sleep(500));
        return nodes;
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static HttpRequest authorized(URI uri) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic)
                .build();
    }

    /** TERM to the script, whose trap stops the nodes and the balancer; then anything left is killed. */
    private static void stop(Process cluster) throws InterruptedException {
        var children = cluster.descendants().toList();
        cluster.destroy();
        if (!cluster.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            cluster.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static String output(Path dir) throws IOException {
        StringBuilder out = new StringBuilder(Files.readString(dir.resolve("start-cluster.out")));
        for (String log : new String[] {"node1.log", "node2.log", "haproxy.log"}) {
            Path file = dir.resolve(log);
            if (Files.exists(file)) {
                String text = Files.readString(file);
                out.append("\n--- ").append(log).append(" (end) ---\n")
                        .append(text.substring(Math.max(0, text.length() - 3000)));
            }
        }
        return out.toString();
    }

    private static void requireHaproxyAndPostgres() {
        boolean haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy")) || Files.isExecutable(Path.of("/usr/bin/haproxy"));
        if (!haproxy || !TestDatabase.postgresReachable()) {
            String message = "HAProxy or PostgreSQL missing (apt-get install haproxy; DCIM_TEST_PG_URL)"
                    + ": the cluster test SKIPPED (under CI=true this fails)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
