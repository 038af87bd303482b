package io.dcim.power.redfish.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Redfish service on a loopback port, HTTP or HTTPS (a self-signed certificate made at start, in memory),
 * serving many {@link VirtualServer}s at once the way a multi-node chassis manager does: each server is a
 * member of {@code /redfish/v1/Systems} and {@code /redfish/v1/Chassis} under its own id. Sessions
 * ({@code SessionService/Sessions}, {@code X-Auth-Token}) and HTTP Basic, one set of accounts for the service.
 * Answers can be delayed by a latency on a scheduler (no thread sleeps per request), to imitate BMCs, whose
 * web servers answer in 50-300 ms. The JDK's own HTTP server, so nothing is added to the build.
 */
public final class RedfishSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedfishSimulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/redfish/v1";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HttpServer server;
    private final boolean tls;
    private final X509Certificate certificate;
    private final ExecutorService handlers;
    private final ScheduledExecutorService delayer;
    private final Clock clock;
    private final Map<String, VirtualServer> servers = new ConcurrentHashMap<>();
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    /** Session id to token; a token is valid while its session exists. */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong sessionCount = new AtomicLong();
    private volatile long latencyNanos;

    private RedfishSimulator(InetSocketAddress bind, boolean tls, Clock clock) throws IOException {
        this.tls = tls;
        this.clock = clock;
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.handlers = Executors.newFixedThreadPool(2, r -> daemon(r, "redfish-sim-" + instance + "-"
                + threads.incrementAndGet()));
        this.delayer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "redfish-sim-" + instance + "-delay"));
        if (tls) {
            SelfSignedCertificate self = SelfSignedCertificate.generate("dcim Redfish simulator");
            this.certificate = self.certificate();
            HttpsServer https = HttpsServer.create(bind, 1024);
            https.setHttpsConfigurator(new HttpsConfigurator(self.serverContext()));
            this.server = https;
        } else {
            this.certificate = null;
            this.server = HttpServer.create(bind, 1024);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** Starts a service on a free loopback port. */
    public static RedfishSimulator start(boolean tls) {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), tls);
    }

    public static RedfishSimulator start(InetSocketAddress bind, boolean tls) {
        try {
            RedfishSimulator simulator = new RedfishSimulator(bind, tls, Clock.systemUTC());
            log.debug("Redfish simulator on {}://{}", simulator.scheme(), simulator.address());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Redfish simulator cannot listen on " + bind, e);
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public boolean tls() {
        return tls;
    }

    public String scheme() {
        return tls ? "https" : "http";
    }

    /** The self-signed certificate it presents; null over plain HTTP. */
    public X509Certificate certificate() {
        return certificate;
    }

    public void addAccount(String user, String password) {
        accounts.put(user, password);
    }

    public void addServer(VirtualServer virtual) {
        servers.put(virtual.id(), virtual);
    }

    public boolean serves(String id) {
        return servers.containsKey(id);
    }

    public int servers() {
        return servers.size();
    }

    public void setLatency(Duration latency) {
        latencyNanos = latency.toNanos();
    }

    /** Requests received since start. */
    public long requests() {
        return requests.get();
    }

    /** Sessions opened since start. */
    public long sessionsOpened() {
        return sessionCount.get();
    }

    /** Sessions open now. */
    public int openSessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        server.stop(0);
        delayer.shutdownNow();
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        requests.incrementAndGet();
        Answer answer;
        try {
            answer = answer(exchange);
        } catch (RuntimeException e) {
            log.warn("Redfish simulator failed on {}", exchange.getRequestURI().getPath(), e);
            answer = Answer.error(500, "Base.1.0.InternalError", "the simulator failed");
        }
        Answer ready = answer;
        long delay = latencyNanos;
        if (delay > 0) {
            delayer.schedule(() -> send(exchange, ready), delay, TimeUnit.NANOSECONDS);
        } else {
            send(exchange, ready);
        }
    }

    private Answer answer(HttpExchange exchange) throws UncheckedIOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals(ROOT) || path.equals("/redfish")) {
            return path.equals("/redfish") ? Answer.ok(Map.of("v1", ROOT + "/")) : Answer.ok(RedfishResources.serviceRoot());
        }
        if (path.equals(ROOT + "/SessionService/Sessions") && method.equals("POST")) {
            return login(exchange);
        }
        if (!authenticated(exchange)) {
            return Answer.error(401, "Base.1.0.NoValidSession", "no valid session or account");
        }
        if (path.startsWith(ROOT + "/SessionService/Sessions/") && method.equals("DELETE")) {
            String id = path.substring((ROOT + "/SessionService/Sessions/").length());
            return sessions.remove(id) != null ? Answer.noContent() : Answer.error(404, "Base.1.0.ResourceMissingAtURI", path);
        }
        if (!method.equals("GET")) {
            return Answer.error(405, "Base.1.0.OperationNotAllowed", method + " " + path);
        }
        Map<String, Object> body = new RedfishResources(servers, clock.instant(), sessions.keySet()).resource(path);
        return body == null ? Answer.error(404, "Base.1.0.ResourceMissingAtURI", path) : Answer.ok(body);
    }

    private Answer login(HttpExchange exchange) {
        Map<?, ?> body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readValue(in, Map.class);
        } catch (IOException e) {
            return Answer.error(400, "Base.1.0.MalformedJSON", "the body is not JSON");
        }
        Object user = body.get("UserName");
        Object password = body.get("Password");
        if (!(user instanceof String u) || !(password instanceof String p) || !p.equals(accounts.get(u))) {
            return Answer.error(401, "Base.1.0.InsufficientPrivilege", "wrong user or password");
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        String id = Long.toString(sessionCount.incrementAndGet());
        sessions.put(id, token);
        String location = ROOT + "/SessionService/Sessions/" + id;
        return new Answer(201, RedfishResources.session(id, u), Map.of("X-Auth-Token", token, "Location", location));
    }

    private boolean authenticated(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst("X-Auth-Token");
        if (token != null) {
            return sessions.containsValue(token);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        return colon > 0 && pair.substring(colon + 1).equals(accounts.get(pair.substring(0, colon)));
    }

    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (answer.body() == null) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("OData-Version", "4.0");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private record Answer(int status, Object body, Map<String, String> headers) {
        static Answer ok(Object body) {
            return new Answer(200, body, Map.of());
        }

        static Answer noContent() {
            return new Answer(204, null, Map.of());
        }

        static Answer error(int status, String code, String message) {
            return new Answer(status, Map.of("error", Map.of("code", code, "message", message)), Map.of());
        }
    }
}
