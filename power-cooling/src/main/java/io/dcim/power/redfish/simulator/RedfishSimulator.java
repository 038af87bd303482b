package io.dcim.power.redfish.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Redfish service on a loopback port, HTTP or HTTPS (a self-signed certificate made at start, in memory),
 * serving many {@link VirtualServer}s at once the way a multi-node chassis manager does: each server is a
 * member of {@code /redfish/v1/Systems} and {@code /redfish/v1/Chassis} under its own id. Sessions
 * ({@code SessionService/Sessions}, {@code X-Auth-Token}) and HTTP Basic, one set of accounts for the service.
 * Answers can be delayed by a latency on a scheduler (no thread sleeps per request), to imitate BMCs, whose
 * web servers answer in 50-300 ms. On Jetty's core API (no servlets), which the web shell already runs on: the
 * JDK's own HTTP server served a few hundred requests a second and stalled on concurrent TLS handshakes.
 */
public final class RedfishSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedfishSimulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/redfish/v1";
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** What bmcweb (OpenBMC) advertises; iDRAC and iLO expand too, older BMCs not at all. */
    public static final int MAX_EXPAND_LEVELS = 6;
    private static final Pattern EXPAND = Pattern.compile("\\$expand=\\.(?:\\(\\$levels=([0-9]{1,2})\\))?");

    private final Server server;
    private final ServerConnector connector;
    private final boolean tls;
    private final X509Certificate certificate;
    private final ScheduledExecutorService delayer;
    private final Clock clock;
    private final Map<String, VirtualServer> servers = new ConcurrentHashMap<>();
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    /** Session id to token; a token is valid while its session exists. */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** Token to session id, so checking a token is one lookup. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong sessionCount = new AtomicLong();
    private final org.eclipse.jetty.io.ConnectionStatistics connections = new org.eclipse.jetty.io.ConnectionStatistics();
    private volatile long latencyNanos;
    private volatile ExpandQuery expandQuery = ExpandQuery.ANSWERED;

    private RedfishSimulator(InetSocketAddress bind, boolean tls, Clock clock) throws Exception {
        this.tls = tls;
        this.clock = clock;
        int instance = INSTANCES.incrementAndGet();
        this.delayer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "redfish-sim-" + instance + "-delay"));
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("redfish-sim-" + instance);
        threads.setDaemon(true);
        this.server = new Server(threads);
        if (tls) {
            SelfSignedCertificate self = SelfSignedCertificate.generate("dcim Redfish simulator");
            this.certificate = self.certificate();
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(self.serverContext());
            // TLS 1.2, as most BMCs in service speak: over TLS 1.3 the JDK's HttpClient drops its idle pooled
            // connections when the server's session tickets arrive, so every request would pay a new handshake.
            ssl.setIncludeProtocols("TLSv1.2");
            this.connector = new ServerConnector(server, ssl);
        } else {
            this.certificate = null;
            this.connector = new ServerConnector(server);
        }
        connector.setHost(bind.getAddress().getHostAddress());
        connector.setPort(bind.getPort());
        connector.setAcceptQueueSize(1024);
        connector.addBean(connections);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                RedfishSimulator.this.handle(request, response, callback);
                return true;
            }
        });
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
        } catch (Exception e) {
            throw new IllegalStateException("the Redfish simulator cannot listen on " + bind, e);
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), connector.getLocalPort());
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

    /** How the service treats {@code $expand}: the period form, {@code $levels} up to {@link #MAX_EXPAND_LEVELS}. */
    public enum ExpandQuery {
        /** Advertised in the service root's {@code ProtocolFeaturesSupported} and answered (the default). */
        ANSWERED,
        /** Neither advertised nor answered: a query is answered 501, as by a BMC without the feature. */
        NOT_SUPPORTED,
        /** Advertised but answered 501, as by a firmware whose feature is broken or was switched off. */
        ADVERTISED_BUT_REFUSED
    }

    public void setExpandQuery(ExpandQuery expandQuery) {
        this.expandQuery = Objects.requireNonNull(expandQuery, "expandQuery");
    }

    public void setLatency(Duration latency) {
        latencyNanos = latency.toNanos();
    }

    /** Requests received since start. */
    public long requests() {
        return requests.get();
    }

    /** TCP connections accepted since start: far fewer than requests when clients keep them alive. */
    public long connectionsOpened() {
        return connections.getConnectionsTotal();
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
        try {
            server.stop();
        } catch (Exception e) {
            log.debug("Redfish simulator stopped with {}", e.toString());
        }
        delayer.shutdownNow();
    }

    private void handle(Request request, Response response, Callback callback) {
        requests.incrementAndGet();
        Answer answer;
        byte[] body;
        try {
            answer = answer(request);
            // Rendered on the connector's thread, so the one delaying thread only writes prepared bytes.
            body = answer.body() == null ? null : JSON.writeValueAsBytes(answer.body());
        } catch (IOException | RuntimeException e) {
            log.warn("Redfish simulator failed on {}", request.getHttpURI().getPath(), e);
            answer = Answer.error(500, "Base.1.0.InternalError", "the simulator failed");
            body = "{\"error\":{\"code\":\"Base.1.0.InternalError\"}}".getBytes(StandardCharsets.UTF_8);
        }
        Answer ready = answer;
        byte[] bytes = body;
        long delay = latencyNanos;
        if (delay > 0) {
            delayer.schedule(() -> send(response, callback, ready, bytes), delay, TimeUnit.NANOSECONDS);
        } else {
            send(response, callback, ready, bytes);
        }
    }

    private Answer answer(Request request) {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        ExpandQuery expandMode = expandQuery;
        int levels = expandMode == ExpandQuery.ANSWERED ? MAX_EXPAND_LEVELS : 0;
        if (path.equals(ROOT) || path.equals("/redfish")) {
            return path.equals("/redfish") ? Answer.ok(Map.of("v1", ROOT + "/")) : Answer.ok(
                    RedfishResources.serviceRoot(expandMode == ExpandQuery.NOT_SUPPORTED ? 0 : MAX_EXPAND_LEVELS));
        }
        if (path.equals(ROOT + "/SessionService/Sessions") && method.equals("POST")) {
            return login(request);
        }
        if (!authenticated(request)) {
            return Answer.error(401, "Base.1.0.NoValidSession", "no valid session or account");
        }
        if (path.startsWith(ROOT + "/SessionService/Sessions/") && method.equals("DELETE")) {
            String id = path.substring((ROOT + "/SessionService/Sessions/").length());
            return sessions.remove(id) != null ? Answer.noContent() : Answer.error(404, "Base.1.0.ResourceMissingAtURI", path);
        }
        if (!method.equals("GET")) {
            return Answer.error(405, "Base.1.0.OperationNotAllowed", method + " " + path);
        }
        int expand = 0;
        String query = request.getHttpURI().getQuery();
        if (query != null && !query.isEmpty()) {
            Matcher m = EXPAND.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8));
            if (levels == 0 || !m.matches()) {
                // DSP0266: a query parameter the service does not support is answered 501.
                return Answer.error(501, "Base.1.0.QueryNotSupported", "query not supported: " + query);
            }
            expand = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            if (expand < 1 || expand > levels) {
                return Answer.error(400, "Base.1.0.QueryParameterOutOfRange", "$levels " + expand
                        + " is outside 1.." + levels);
            }
        }
        Map<String, Object> body = new RedfishResources(servers, clock.instant(), sessions.keySet())
                .resource(path, expand);
        return body == null ? Answer.error(404, "Base.1.0.ResourceMissingAtURI", path) : Answer.ok(body);
    }

    private Answer login(Request request) {
        Map<?, ?> body;
        try (InputStream in = Request.asInputStream(request)) {
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
        tokens.put(token, id);
        String location = ROOT + "/SessionService/Sessions/" + id;
        return new Answer(201, RedfishResources.session(id, u), Map.of("X-Auth-Token", token, "Location", location));
    }

    private boolean authenticated(Request request) {
        String token = request.getHeaders().get("X-Auth-Token");
        if (token != null) {
            String id = tokens.get(token);
            return id != null && sessions.containsKey(id);
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
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

    private static void send(Response response, Callback callback, Answer answer, byte[] body) {
        try {
            response.setStatus(answer.status());
            answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
            if (body == null) {
                response.write(true, null, callback);
                return;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.getHeaders().put("OData-Version", "4.0");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        } catch (RuntimeException e) {
            callback.failed(e);
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
