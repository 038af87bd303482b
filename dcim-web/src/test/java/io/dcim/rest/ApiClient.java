package io.dcim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.app.Services;
import io.dcim.identity.role.Role;
import io.dcim.web.WebTesting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The API (Jersey) on a real Jetty on loopback, and an HTTP client speaking to it. */
final class ApiClient implements AutoCloseable {

    /**
     * @param contentLanguage the answer's {@code Content-Language}, null when it has none
     * @param cacheControl the answer's {@code Cache-Control}, null when it has none
     */
    record Reply(int status, JsonNode json, String contentLanguage, String cacheControl, String location) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Server server = new Server();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String authorization;
    private String acceptLanguage;

    ApiClient(Services services) throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(io.dcim.rest.RestApi.servlet(services, Clock.systemUTC())), "/api/v1/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    /**
     * A client signed in as a user created for the test with {@code role} alone, named after it ({@code analyst},
     * {@code ops}): the way most API tests begin.
     */
    static ApiClient as(Services services, Role role) throws Exception {
        WebTesting.roleUsers(services, role);
        return new ApiClient(services).basic(role.name().toLowerCase(Locale.ROOT), WebTesting.PASSWORD);
    }

    /** {@code http://127.0.0.1:port/api/v1}. */
    String base() {
        return "http://127.0.0.1:" + port + "/api/v1";
    }

    ApiClient basic(String username, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ApiClient bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    /** Sends {@code Accept-Language} with every later call (null: none). */
    ApiClient language(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    ApiClient anonymous() {
        authorization = null;
        return this;
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null);
    }

    Reply send(String method, String path, String body) throws Exception {
        return send(method, path, body, "application/json");
    }

    /** A body of another type than JSON (a text file, a CSV). */
    Reply send(String method, String path, String body, String contentType) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body, contentType),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Reply(response.statusCode(), json, response.headers().firstValue("Content-Language").orElse(null),
                response.headers().firstValue("Cache-Control").orElse(null),
                response.headers().firstValue("Location").orElse(null));
    }

    /** A file download: the bytes, failing on any status but 200. */
    byte[] download(String path) throws Exception {
        return file("GET", path, null);
    }

    /** A file made from a posted JSON body (a plan's workbook): the bytes, failing on any status but 200. */
    byte[] downloadPosted(String path, String body) throws Exception {
        return file("POST", path, body);
    }

    private byte[] file(String method, String path, String body) throws Exception {
        HttpResponse<byte[]> response = http.send(request(method, path, body, "application/json"),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** The request with this client's credentials and language, if it has them. */
    private HttpRequest request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
