package io.dcim.web.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.persistence.Database;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the database answers, 503 with
 * {@code "DOWN"} when it does not, so a load balancer or an operator's probe can tell.
 */
public final class HealthServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Database database;
    private final String version;

    public HealthServlet(Database database, String version) {
        this.database = database;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        boolean up = database.isReachable(2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", database.kind().displayName());
        body.put("databaseReachable", up);
        body.put("version", version);
        body.put("checkMillis", (System.nanoTime() - started) / 1_000_000);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
