package io.dcim.console.layout.error;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import io.dcim.web.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over HTTP, as a browser meets them: addresses Jetty answers itself and refusals of Wicket pages. */
class ErrorPagesIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager()).build();

    @Test
    void unknownAddressesAndMissingThingsAre404PagesInTheConsolesFrame(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = TestServer.start(dataDir, "DCIM_DEMO", "off")) {
            HttpResponse<String> unknown = get(server, "/no/such/page.php");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("Page not found").contains("class=\"top\"")
                    .doesNotContain("Jetty").doesNotContain("Powered by");

            assertThat(signIn(server).statusCode()).isEqualTo(200);
            HttpResponse<String> missingOrder = get(server, "/order?id=987654");
            assertThat(missingOrder.statusCode()).isEqualTo(404);
            assertThat(missingOrder.body()).contains("Page not found").contains("admin");

            HttpResponse<String> api = get(server, "/api/v1/no-such-resource");
            assertThat(api.body()).as("the API keeps its JSON errors").doesNotContain("Page not found");
        }
    }

    private HttpResponse<String> signIn(DcimServer server) throws Exception {
        String page = get(server, "/signin").body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        URI target = URI.create("http://127.0.0.1:" + server.port() + "/").resolve(action.group(1).replace("&amp;", "&"));
        return http.send(HttpRequest.newBuilder(target).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(TestServer.ADMIN_PASSWORD, UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(DcimServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
