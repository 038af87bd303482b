package io.dcim.web.collector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dcim.power.remote.BufferState;
import io.dcim.power.remote.CollectorAgent;
import io.dcim.power.remote.LinkStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A collector's own {@code GET /health}, as minimal as the central's: whether it runs, whether the central answers,
 * its buffer (batches waiting, their bytes, segment files, batches dropped), when the central last stored a batch and
 * the lag. No sign-in, so no secrets, no target list, no central address or token. The JDK's HTTP server on one
 * thread: a collector has no web server otherwise, and a probe every few seconds needs no more.
 *
 * <p>200 while the collector runs, also while the link is down ({@code "status":"DEGRADED"}: it polls and buffers,
 * and restarting it would not bring the link back); 503 once it stopped.
 */
final class CollectorHealthServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private CollectorHealthServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code /health} on every interface at {@code port} (0: a free one). */
    static CollectorHealthServer start(int port, CollectorAgent agent, String version) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
            server.createContext("/", exchange -> answer(exchange, agent, version));
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "collector-health");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return new CollectorHealthServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the collector's /health on port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, CollectorAgent agent, String version) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!"/health".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = JSON.writeValueAsBytes(body(agent, version));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(agent.running() ? 200 : 503,
                    "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    static Map<String, Object> body(CollectorAgent agent, String version) {
        LinkStatus.Snapshot link = agent.linkStatus();
        BufferState buffer = agent.bufferState();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !agent.running() ? "DOWN"
                : link.link() == LinkStatus.Link.DOWN || link.link() == LinkStatus.Link.TOKEN_REFUSED ? "DEGRADED"
                : "UP");
        body.put("mode", "collector");
        body.put("version", version);
        body.put("centralLink", link.link().name());
        body.put("centralLinkSince", link.linkSince() == null ? null : link.linkSince().toString());
        Map<String, Object> buffered = new LinkedHashMap<>();
        buffered.put("batches", buffer.batches());
        buffered.put("bytes", buffer.bytes());
        buffered.put("segments", agent.bufferSegments());
        buffered.put("dropped", buffer.dropped());
        body.put("buffer", buffered);
        body.put("lastPushAt", link.lastPushAt() == null ? null : link.lastPushAt().toString());
        body.put("lagSeconds", link.lag() == null ? null : Math.max(0, link.lag().toSeconds()));
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
