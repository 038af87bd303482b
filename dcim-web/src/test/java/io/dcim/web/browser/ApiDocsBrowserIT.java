package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.web.DcimServer;
import io.dcim.app.config.AppConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /api/docs} shows every operation of the OpenAPI document in Chromium, from the jar
 * alone (no other host), under a CSP that allows no inline script, without a violation and
 * without an error in the console.
 *
 * <p>Swagger UI (5.33 and later) draws a long operation list only where the reader looks: from
 * 150 tags and operations on, it keeps in the page just the operations on screen and a few
 * beside them, and draws the others as the page scrolls (swagger-ui pull request 11024; there
 * is no setting to turn it off). With our 16 tags and ~200 operations a 1,000-pixel window holds
 * about ten of them at a time, which is why the page once seemed to stop after
 * {@code GET /cables/export}. So "every operation is drawn" is checked the way a reader sees it:
 * scrolling from the top to the bottom, every operation of the served document comes on screen.
 */
class ApiDocsBrowserIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** Records CSP violations and script errors (thrown, rejected, or reported by React through console.error). */
    private static final String WATCH = "window.cspViolations = []; window.scriptErrors = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + "   e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
            + " window.addEventListener('error', e => window.scriptErrors.push('' + e.message));"
            + " window.addEventListener('unhandledrejection', e => window.scriptErrors.push('rejected: ' + e.reason));"
            + " const consoleError = console.error;"
            + " console.error = function (...args) { window.scriptErrors.push(args.join(' ')); consoleError.apply(console, args); };";

    /**
     * Scrolls from the top to the bottom by half a window, and after each step waits until the drawn operations
     * cover the window (the list draws on the next frames, later on a loaded machine); answers "METHOD path" of
     * every operation that was on the page on the way.
     */
    private static final String SCROLL_AND_COLLECT = """
            const done = arguments[arguments.length - 1];
            const seen = new Set();
            const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            const collect = () => document.querySelectorAll('.opblock').forEach(op => seen.add(
                op.querySelector('.opblock-summary-method').textContent + ' '
                + op.querySelector('.opblock-summary-path').getAttribute('data-path')));
            const windowFilled = () => {
              const list = document.querySelector('.operations-virtual__list');
              const items = document.querySelectorAll('.operations-virtual__item');
              if (!list) return true;
              if (items.length === 0) return false;
              const area = list.getBoundingClientRect();
              return items[0].getBoundingClientRect().top <= Math.max(0, area.top) + 1
                  && items[items.length - 1].getBoundingClientRect().bottom >= Math.min(innerHeight, area.bottom) - 1;
            };
            (async () => {
              for (let y = 0; ; y += innerHeight / 2) {
                scrollTo(0, y);
                for (let tries = 0; tries < 100 && !windowFilled(); tries++) await frame();
                collect();
                if (scrollY + innerHeight >= document.documentElement.scrollHeight - 1) break;
              }
              done([...seen]);
            })().catch(e => done(['failed: ' + e]));
            """;

    @Test
    void theDocsPageShowsEveryOperationUnderItsCspWithoutSignIn(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = DcimServer.start(AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(),
                "DCIM_PORT", "0", "DCIM_ADMIN_PASSWORD", "docs test password", "DCIM_DEMO", "off",
                "DCIM_SNMP_SIMULATOR", "off")))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/docs"))
                    .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(page.body()).as("no inline script: every script is a file").doesNotContainPattern("<script>")
                    .contains("\u63a5\u53e3\u6587\u6863").doesNotContain("http://").doesNotContain("https://");
            Set<String> documented = operations(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi.json"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(documented).as("the served document's operations").hasSizeGreaterThanOrEqualTo(150);

            Browser.drive(Browser.startRecordingConsole(), "api-docs-failure", browser -> {
                browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
                browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));

                // A link to an operation far down the list opens it there, drawn in full: parameters, body, answers.
                WebElement patch = open(browser, base + "/api/docs#/inventory/patchDevice", "#operations-inventory-patchDevice");
                assertThat(patch.findElements(By.cssSelector("tr[data-param-name]"))).extracting(e -> e.getAttribute("data-param-name"))
                        .containsExactly("id");
                assertThat(patch.findElement(By.cssSelector("tr.response[data-code='422']")).getText())
                        .as("the error answer's body").contains("\"error\"", "\"field\"", "\"detail\"");
                patch.findElement(By.cssSelector(".opblock-section-request-body button[data-name='model']")).click();
                assertThat(patch.findElement(By.cssSelector(".opblock-section-request-body .model-box")).getText())
                        .as("the request body's schema").contains("DevicePatch", "version", "cabinetId", "customFields");
                assertQuiet(browser);

                // The file import right after GET /cables/export: a binary body in three media types.
                WebElement imports = open(browser, base + "/api/docs#/cabling/importCables", "#operations-cabling-importCables");
                assertThat(imports.findElements(By.cssSelector("tr[data-param-name]"))).extracting(e -> e.getAttribute("data-param-name"))
                        .containsExactly("dryRun");
                assertThat(imports.findElements(By.cssSelector(".opblock-section-request-body select option")))
                        .extracting(e -> e.getAttribute("value")).contains("text/csv", "application/octet-stream");
                assertQuiet(browser);

                browser.get(base + "/api/docs");
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> !b.findElements(By.cssSelector(".opblock")).isEmpty());
                assertThat(browser.findElements(By.cssSelector(".auth-wrapper button.authorize"))).as("sign-in schemes")
                        .isNotEmpty();
                Browser.screenshot(browser, "api-docs");
                @SuppressWarnings("unchecked")
                List<String> drawn = (List<String>) browser.executeAsyncScript(SCROLL_AND_COLLECT);
                assertThat(new TreeSet<>(drawn)).as("every operation of the document, drawn while scrolling to the end")
                        .isEqualTo(documented);
                assertQuiet(browser);
            });
        }
    }

    /**
     * Loads the page at a deep link and waits until Swagger UI has scrolled to the operation, opened it and drawn its
     * parameters (it resolves an operation's references only when it opens, and draws it again then).
     */
    private static WebElement open(ChromeDriver browser, String url, String operation) {
        browser.get("about:blank");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b ->
                !b.findElements(By.cssSelector(operation + ".is-open tr[data-param-name]")).isEmpty());
        return browser.findElement(By.cssSelector(operation));
    }

    /** No CSP violation and no script error on the page, nor an error in the browser's console. */
    private static void assertQuiet(ChromeDriver browser) {
        assertThat((List<?>) browser.executeScript("return window.cspViolations")).as("CSP violations").isEmpty();
        assertThat((List<?>) browser.executeScript("return window.scriptErrors")).as("script errors").isEmpty();
        assertThat(Browser.consoleErrors(browser)).as("errors in the browser's console").isEmpty();
    }

    /** "METHOD path" of every operation in the document. */
    private static Set<String> operations(String document) throws Exception {
        Set<String> operations = new TreeSet<>();
        new ObjectMapper().readTree(document).get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }
}
