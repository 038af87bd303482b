package io.dcim.web.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.persistence.Database;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the database answers, 503 with
 * {@code "DOWN"} when it does not, so a load balancer or an operator's probe can tell. It
 * answers within about {@link #CHECK_TIMEOUT} even while the database hangs or refuses (the
 * pool itself would wait its full connection timeout). While the database answers it also names this node and
 * the polling nodes sharing the database ({@code "node"}, {@code "pollingNodes"}: each live node with the
 * number of targets it leases), so an operator sees a node that dropped out of the polling.
 */
public final class HealthServlet extends HttpServlet {

    static final Duration CHECK_TIMEOUT = Duration.ofMillis(1500);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatabaseProbe probe;
    private final transient Database database;
    private final String version;
    private final transient Supplier<Map<String, Object>> polling;

    public HealthServlet(Database database, String version) {
        this(database, version, Map::of);
    }

    /** @param polling this node's id and the live polling nodes, read only while the database answers */
    public HealthServlet(Database database, String version, Supplier<Map<String, Object>> polling) {
        this.polling = polling;
        this.database = database;
        this.probe = new DatabaseProbe(database, CHECK_TIMEOUT);
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        boolean up = probe.isReachable();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", database.kind().displayName());
        body.put("databaseReachable", up);
        body.put("version", version);
        if (up) {
            try {
                body.putAll(polling.get());
            } catch (RuntimeException e) {
                // The probe's answer is what a load balancer acts on; the nodes' list is only for people.
                body.put("pollingNodes", null);
            }
        }
        body.put("checkMillis", (System.nanoTime() - started) / 1_000_000);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        if (!up) {
            response.setHeader("Retry-After", "30");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }

    @Override
    public void destroy() {
        probe.close();
    }
}
