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

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the database answers, 503 with
 * {@code "DOWN"} when it does not, so a load balancer or an operator's probe can tell. It
 * answers within about {@link #CHECK_TIMEOUT} even while the database hangs or refuses (the
 * pool itself would wait its full connection timeout). It answers without sign-in, so it says nothing of the
 * deployment beyond that: which nodes poll, on which hosts, is {@code GET /api/v1/cluster/nodes} (metrics.read).
 */
public final class HealthServlet extends HttpServlet {

    static final Duration CHECK_TIMEOUT = Duration.ofMillis(1500);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatabaseProbe probe;
    private final transient Database database;
    private final String version;

    public HealthServlet(Database database, String version) {
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
