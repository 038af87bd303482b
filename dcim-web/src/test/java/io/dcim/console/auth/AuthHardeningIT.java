package io.dcim.console.auth;
import io.dcim.identity.role.Role;
import io.dcim.identity.user.Principal;
import io.dcim.identity.user.UserService;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import io.dcim.app.config.AppConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening of sign-in, sessions and cross-site requests, tried over HTTP against the
 * server as it runs from the jar (real bcrypt cost, Jetty, Wicket, the API servlet).
 */
class AuthHardeningIT {

    private static final String ADMIN_PASSWORD = "an admin password";
    private static final String PASSWORD = "a user's long password";
    private static final String ALLOWED = "https://wall.example";

    @TempDir
    static Path dataDir;
    private static DcimServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DcimServer.start(AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(), "DCIM_PORT", "0",
                "DCIM_DEMO", "off", "DCIM_ADMIN_PASSWORD", ADMIN_PASSWORD, "DCIM_ALLOWED_ORIGINS", ALLOWED,
                "DCIM_SNMP_SIMULATOR", "off")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager()).build();
    private final HttpClient plain = HttpClient.newHttpClient();

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion() throws Exception {
        for (String path : List.of("/signin", "/health", "/api/v1/sites", "/no-such-page")) {
            HttpResponse<String> response = plain.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
        }
        HttpResponse<String> page = plain.send(get("/signin").build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).as("pages: scripts only with this response's nonce").contains("script-src").contains("'nonce-");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signInRequest(noRedirects, "admin", ADMIN_PASSWORD);
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).as("a new session id at sign-in").anyMatch(c -> c.startsWith("JSESSIONID="));
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain HTTP without a trusted proxy").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aCrossSiteCallOfAControlIsRefusedAndChangesNothingWhileCrossSitePageViewsStillWork() throws Exception {
        long victim = server.services().users().create("victim", null, PASSWORD, EnumSet.of(Role.OPS)).getId();
        assertThat(signInRequest(browser, "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> users = browser.send(get("/users").header("Sec-Fetch-Site", "cross-site").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(users.statusCode()).as("a cross-site link to a page still shows it").isEqualTo(200);
        URI toggle = toggleFormOf(users, "victim");

        HttpResponse<String> forged = browser.send(post(toggle).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(enabled(victim)).as("the forged post disabled nobody").isTrue();
        HttpResponse<String> foreignReferer = browser.send(post(toggle)
                .header("Referer", "http://evil.example/page").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreignReferer.statusCode()).isEqualTo(403);
        assertThat(enabled(victim)).isTrue();
        HttpResponse<String> fetched = browser.send(HttpRequest.newBuilder(toggle).header("Sec-Fetch-Site", "same-origin")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).as("a GET changes nothing, even from the console itself").isEqualTo(403);
        assertThat(enabled(victim)).isTrue();

        HttpResponse<String> own = browser.send(post(toggle).header("Sec-Fetch-Site", "same-origin")
                .header("Sec-Fetch-Mode", "navigate").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(enabled(victim)).as("the person's own click works").isFalse();
    }

    @Test
    void theApiRefusesForeignOriginsAndBodiesThatAreNotJson() throws Exception {
        String device = "{\"assetTag\":\"X-1\"}";
        HttpResponse<String> evil = plain.send(api("POST", "/devices", device, "admin", ADMIN_PASSWORD)
                .header("Content-Type", "text/plain").header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(evil.statusCode()).isEqualTo(403);
        HttpResponse<String> textPlain = plain.send(api("POST", "/devices", device, "admin", ADMIN_PASSWORD)
                .header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(textPlain.statusCode()).isEqualTo(415);
        assertThat(textPlain.body()).contains("Content-Type").contains("application/json");
        HttpResponse<String> form = plain.send(api("POST", "/imports/devices", "asset_tag=1", "admin", ADMIN_PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> csv = plain.send(api("POST", "/imports/devices?dryRun=true", "asset_tag,serial\n", "admin",
                ADMIN_PASSWORD).header("Content-Type", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as("spreadsheets where the endpoint takes them").isNotIn(403, 415);

        HttpResponse<String> allowed = plain.send(api("POST", "/devices", device, "admin", ADMIN_PASSWORD)
                .header("Content-Type", "application/json").header("Origin", ALLOWED).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).as("a configured origin passes to the handler").isNotIn(401, 403, 415);
        HttpResponse<String> sameOrigin = plain.send(api("GET", "/sites", null, "admin", ADMIN_PASSWORD)
                .header("Origin", "http://127.0.0.1:" + server.port()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
    }

    @Test
    void tenParallelFirstBasicCallsOfOneUserAllAnswer200() throws Exception {
        server.services().users().create("parallel", null, PASSWORD, EnumSet.of(Role.ANALYST));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(plain.sendAsync(api("GET", "/sites", null, "parallel", PASSWORD).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertThat(call.get().statusCode()).as(call.get().body()).isEqualTo(200);
        }
    }

    @Test
    void aRoleRemovalADisableAndANewPasswordTakeEffectOnBasicCallersAtOnce() throws Exception {
        UserService users = server.services().users();
        long id = users.create("demoted", null, PASSWORD, EnumSet.of(Role.OPS)).getId();
        Principal admin = users.signIn("admin", ADMIN_PASSWORD).principal();
        assertThat(status(api("POST", "/devices", "{}", "demoted", PASSWORD).header("Content-Type", "application/json")))
                .as("ops may write (the empty device is refused by its rules)").isNotIn(401, 403);

        users.setRoles(id, EnumSet.of(Role.ANALYST));
        assertThat(status(api("POST", "/devices", "{}", "demoted", PASSWORD).header("Content-Type", "application/json")))
                .isEqualTo(403);

        users.changePassword(id, "a password set by the admin");
        assertThat(status(api("GET", "/sites", null, "demoted", PASSWORD))).isEqualTo(401);
        assertThat(status(api("GET", "/sites", null, "demoted", "a password set by the admin"))).isEqualTo(200);

        users.setEnabled(admin, id, false);
        assertThat(status(api("GET", "/sites", null, "demoted", "a password set by the admin"))).isEqualTo(401);
    }

    @Test
    void usersChangeTheirPasswordAndAdministratorsResetOneThroughTheApi() throws Exception {
        UserService users = server.services().users();
        long id = users.create("changer", null, PASSWORD, EnumSet.of(Role.MANAGER)).getId();
        assertThat(status(api("GET", "/sites", null, "changer", PASSWORD))).isEqualTo(200);

        HttpResponse<String> wrong = plain.send(api("POST", "/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"my own new password\"}", "changer", PASSWORD)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"currentPassword\"");
        assertThat(status(api("POST", "/me/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"my own new password\"}", "changer", PASSWORD)
                .header("Content-Type", "application/json"))).isEqualTo(204);
        assertThat(status(api("GET", "/sites", null, "changer", PASSWORD))).as("the remembered old password ends").isEqualTo(401);
        assertThat(status(api("GET", "/sites", null, "changer", "my own new password"))).isEqualTo(200);

        String reset = "{\"password\":\"reset by the admin\"}";
        assertThat(status(api("POST", "/users/" + id + "/password", reset, "changer", "my own new password")
                .header("Content-Type", "application/json"))).as("administrators only").isEqualTo(403);
        assertThat(status(api("POST", "/users/" + id + "/password", reset, "admin", ADMIN_PASSWORD)
                .header("Content-Type", "application/json"))).isEqualTo(204);
        assertThat(status(api("GET", "/sites", null, "changer", "reset by the admin"))).isEqualTo(200);
    }

    private static boolean enabled(long userId) {
        return server.services().users().users().stream().filter(u -> u.getId() == userId).findFirst().orElseThrow().isEnabled();
    }

    private static URI toggleFormOf(HttpResponse<String> page, String username) {
        Matcher row = Pattern.compile("<tr>\\s*<td>" + Pattern.quote(username) + "</td>.*?<form [^>]*action=\"([^\"]*toggle-form[^\"]*)\"",
                Pattern.DOTALL).matcher(page.body());
        assertThat(row.find()).as("a Disable button for %s in %s", username, page.body()).isTrue();
        return page.uri().resolve(row.group(1).replace("&amp;", "&"));
    }

    private int status(HttpRequest.Builder request) throws Exception {
        return plain.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An empty form post, as the browser sends for a one-button form. */
    private static HttpRequest.Builder post(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpRequest.Builder api(String method, String path, String body, String user, String password) {
        return get("/api/v1" + path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).header("Authorization", basic(user, password));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    private static HttpResponse<String> signInRequest(HttpClient client, String user, String password) throws Exception {
        return signInRequest(client, "http://127.0.0.1:" + server.port(), user, password, Map.of());
    }

    /** Signs in through the form as a browser would (a same-origin post); ProxiedSignInIT uses it too. */
    static HttpResponse<String> signInRequest(HttpClient client, String base, String user, String password,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(base + "/signin"));
        headers.forEach(page::header);
        String body = client.send(page.build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(body);
        assertThat(action.find()).as("sign-in form on %s", body).isTrue();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/").resolve(action.group(1).replace("&amp;", "&")))
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, UTF_8)
                        + "&password=" + URLEncoder.encode(password, UTF_8)));
        headers.forEach(post::header);
        return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }
}
