package io.dcim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.testing.TestDatabase;
import io.dcim.app.config.AppConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running server on H2 (its TCP server) and on PostgreSQL, each reached through a TCP relay that the test then
 * shuts: the database becomes unreachable as it does when a network or a server goes away. Pages and API answer
 * 503 with a Retry-After hint within about two seconds, /health answers DOWN as promptly, and once the relay is
 * back the same session and client are served again without a restart.
 */
class DatabaseOutageIT {

    private static final String PG_HOST_URL = System.getenv().getOrDefault("DCIM_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("DCIM_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("DCIM_TEST_PG_PASSWORD", "");
    private static final String ADMIN_PASSWORD = "an admin password";
    /** "Within about two seconds": requests wait 1.5 s for a connection, plus the answer on a loaded machine. */
    private static final Duration PROMPT = Duration.ofMillis(2500);

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void onPostgresPagesAndTheApiAnswer503WithRetryAfterWithinTwoSecondsWhileTheDatabaseIsUnreachable(
            @TempDir Path dataDir) throws Exception {
        boolean reachable = TestDatabase.postgresReachable();
        if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL is required under CI=true: " + PG_HOST_URL);
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL not reachable at " + PG_HOST_URL + "; skipped");
        URI pg = URI.create(PG_HOST_URL.substring("jdbc:".length()));
        String schema = "dcim_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        try (Relay relay = new Relay(pg.getHost(), pg.getPort())) {
            outageAndRecovery(relay, Map.of("DCIM_DATA_DIR", dataDir.toString(),
                    "DCIM_DB_URL", "jdbc:postgresql://127.0.0.1:" + relay.port() + pg.getPath() + "?currentSchema=" + schema,
                    "DCIM_DB_USER", PG_USER, "DCIM_DB_PASSWORD", PG_PASSWORD));
        } finally {
            execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    void onH2PagesAndTheApiAnswer503WithRetryAfterWithinTwoSecondsWhileTheDatabaseIsUnreachable(
            @TempDir Path dataDir) throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
        try (Relay relay = new Relay("127.0.0.1", h2.getPort())) {
            String name = "outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            outageAndRecovery(relay, Map.of("DCIM_DATA_DIR", dataDir.toString(),
                    "DCIM_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "DCIM_DB_USER", "sa", "DCIM_DB_PASSWORD", ""));
        } finally {
            h2.stop();
        }
    }

    private void outageAndRecovery(Relay relay, Map<String, String> database) throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(database);
        settings.putAll(Map.of("DCIM_PORT", "0", "DCIM_DEMO", "off", "DCIM_ADMIN_PASSWORD", ADMIN_PASSWORD));
        try (DcimServer server = DcimServer.start(AppConfig.from(settings))) {
            assertThat(signIn(server).statusCode()).isEqualTo(200);
            assertThat(get(server, "/home").statusCode()).isEqualTo(200);
            assertThat(api(server, "/sites").statusCode()).isEqualTo(200);
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);

            relay.cut();

            long started = System.nanoTime();
            HttpResponse<String> health = get(server, "/health");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");

            started = System.nanoTime();
            HttpResponse<String> call = api(server, "/sites");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("API answer time").isLessThan(PROMPT);
            assertThat(call.statusCode()).as(call.body()).isEqualTo(503);
            assertThat(call.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
            assertThat(call.body()).contains("database is unreachable").doesNotContain("internal error");

            // A signed-in console page: the session's credential check is the first thing to need the database.
            started = System.nanoTime();
            HttpResponse<String> page = get(server, "/home");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("page answer time").isLessThan(PROMPT);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("Temporarily unavailable").contains("cannot reach its database");

            relay.restore();

            // No outage is remembered: the pool opens connections as soon as the database accepts them (it retries
            // at most every five seconds), and the session that saw the outage goes on signed in.
            HttpResponse<String> again = awaitStatus(() -> api(server, "/sites"), 200, Duration.ofSeconds(15));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            HttpResponse<String> home = get(server, "/home");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.uri().getPath()).isEqualTo("/home");
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> awaitStatus(Call call, int status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> response = call.send();
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = call.send();
        }
        return response;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_HOST_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private HttpResponse<String> api(DcimServer server, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(DcimServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(DcimServer server) throws Exception {
        String page = get(server, "/signin").body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).as("sign-in form on %s", page).isTrue();
        URI target = URI.create("http://127.0.0.1:" + server.port() + "/").resolve(action.group(1).replace("&amp;", "&"));
        return http.send(HttpRequest.newBuilder(target)
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A TCP relay to the database; cutting it refuses new connections and cuts the open ones, until restored. */
    private static final class Relay implements AutoCloseable {

        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final String host;
        private final int port;
        private volatile ServerSocket listener;

        Relay(String host, int port) throws IOException {
            this.host = host;
            this.port = port;
            listen(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        }

        int port() {
            return listener.getLocalPort();
        }

        void cut() throws IOException {
            listener.close();
            open.forEach(Relay::closeQuietly);
            open.clear();
        }

        /** Listens again on the same port, as a database that comes back at its address. */
        void restore() throws IOException {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 50);
            listen(again);
        }

        private void listen(ServerSocket socket) {
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "db-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(host, port);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the relay was cut
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "db-relay-pump");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            cut();
        }
    }
}
