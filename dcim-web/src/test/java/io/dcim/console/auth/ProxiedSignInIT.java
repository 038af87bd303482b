package io.dcim.console.auth;
import io.dcim.identity.role.Role;
import io.dcim.identity.user.UserService;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import io.dcim.app.config.AppConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server behind a reverse proxy it trusts (DCIM_TRUST_PROXY=on), over HTTP: cookies are
 * Secure when the proxy says HTTPS, and the throttle and lock-out work per forwarded client
 * address; unknown and locked users look alike. Its own class: one server at a time per JVM.
 */
class ProxiedSignInIT {

    private static final String ADMIN_PASSWORD = "an admin password";
    private static final String PASSWORD = "a user's long password";

    private final HttpClient plain = HttpClient.newHttpClient();

    @Test
    void cookiesAreSecureOverTheProxysHttpsAndFailedSignInsAreThrottledPerClient(@TempDir Path dataDir) throws Exception {
        try (DcimServer proxied = DcimServer.start(AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(),
                "DCIM_PORT", "0", "DCIM_DEMO", "off", "DCIM_ADMIN_PASSWORD", ADMIN_PASSWORD, "DCIM_TRUST_PROXY", "on",
                "DCIM_SNMP_SIMULATOR", "off")))) {
            String base = "http://127.0.0.1:" + proxied.port();
            HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> signedIn = AuthHardeningIT.signInRequest(noRedirects, base, "admin", ADMIN_PASSWORD,
                    Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.1"));
            assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID=")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("secure"));

            proxied.services().users().create("locked", null, PASSWORD, EnumSet.of(Role.OPS));
            for (int i = 0; i < UserService.FREE_ATTEMPTS; i++) {
                assertThat(status(base, "locked", "wrong password", "198.51.100." + i)).isEqualTo(401);
            }
            long[] unknownMs = new long[3];
            long[] lockedMs = new long[3];
            String unknownBody = null;
            String lockedBody = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> unknown = plain.send(sites(base, "nobody-here", PASSWORD, "192.0.2.10" + i).build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                HttpResponse<String> locked = plain.send(sites(base, "locked", PASSWORD, "192.0.2.20" + i).build(),
                        HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                unknownMs[i] = (t1 - t0) / 1_000_000;
                lockedMs[i] = (t2 - t1) / 1_000_000;
                unknownBody = unknown.body();
                lockedBody = locked.body();
                assertThat(unknown.statusCode()).isEqualTo(401);
                assertThat(locked.statusCode()).as("locked, even with the right password").isEqualTo(401);
            }
            assertThat(lockedBody).as("a locked user looks like an unknown one").isEqualTo(unknownBody);
            Arrays.sort(unknownMs);
            Arrays.sort(lockedMs);
            assertThat(lockedMs[1]).as("a locked user takes a password hash's time too (unknown: %s ms)", unknownMs[1])
                    .isGreaterThanOrEqualTo(unknownMs[1] / 3);

            // The bucket refills one failure every 6 s while bcrypt runs, so on a slow machine a few more pass.
            String attacker = "198.51.100.200";
            int refused = 0;
            HttpResponse<String> last = null;
            long started = System.nanoTime();
            for (int i = 0; i < 40; i++) {
                last = plain.send(sites(base, "user" + i, "guess" + i, attacker).build(), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() != 401) {
                    break;
                }
                refused++;
            }
            long refills = (System.nanoTime() - started) / 6_000_000_000L;
            assertThat(refused).as("the burst allowed before the throttle").isBetween(10, 10 + (int) refills + 1);
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).get()
                    .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(status(base, "admin", ADMIN_PASSWORD, "198.51.100.201")).as("other clients are not held up")
                    .isEqualTo(200);
        }
    }

    private int status(String base, String user, String password, String client) throws Exception {
        return plain.send(sites(base, user, password, client).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder sites(String base, String user, String password, String client) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/sites")).header("X-Forwarded-For", client)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)));
    }
}
