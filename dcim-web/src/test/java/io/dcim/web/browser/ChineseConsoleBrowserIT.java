package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A Chinese browser (zh-CN first in its languages) signs in to the demo site and opens every entry of the
 * header: each page answers 200, says {@code <html lang="zh-CN">}, shows the header in Chinese, and is saved
 * as a screenshot under target/screenshots-zh/ for people to review.
 */
class ChineseConsoleBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots-zh");

    @Test
    void aChineseBrowserWalksEveryNavigationEntryInChinese(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir, "DCIM_SNMP_SIMULATOR", "off")) {
            Browser.drive(Browser.startIn("zh-CN"), "chinese-walk-failure", browser -> {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/");
                assertThat(lang(browser)).as("the sign-in page of a Chinese browser").isEqualTo("zh-CN");
                Browser.screenshot(browser, SCREENSHOTS, "00-signin");
                browser.findElement(By.name("username")).sendKeys("admin");
                browser.findElement(By.name("password")).sendKeys(Browser.PASSWORD);
                Browser.navigate(browser, By.cssSelector("form.signin-box button[type=submit]"));
                assertThat(browser.findElement(By.cssSelector("header.top nav.menus")).getText()).contains("资产台账");

                Map<String, String> entries = new LinkedHashMap<>();
                for (WebElement link : browser.findElements(By.cssSelector("header.top nav a[href], header.top .user a[href]"))) {
                    String href = link.getAttribute("href");
                    if (href != null && !href.contains("signOut") && !href.endsWith("#")) {
                        String key = link.getAttribute("data-nav");
                        entries.putIfAbsent(href, key != null ? key : href.replaceAll(".*/", "").replaceAll("\\W+", "-"));
                    }
                }
                assertThat(entries).as("the header's entries for an administrator").hasSizeGreaterThan(20);

                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
                List<String> problems = new ArrayList<>();
                int n = 1;
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    String name = String.format("%02d-%s", n++, entry.getValue().replace("nav.", ""));
                    int status = statusOf(http, browser, entry.getKey());
                    browser.get(entry.getKey());
                    Browser.screenshot(browser, SCREENSHOTS, name);
                    if (status != 200) {
                        problems.add(entry.getKey() + " answered " + status);
                    }
                    if (!"zh-CN".equals(lang(browser))) {
                        problems.add(entry.getKey() + " has <html lang=\"" + lang(browser) + "\">");
                    }
                    if (!Browser.presentNow(browser, By.className("error-explanation")).isEmpty()) {
                        problems.add(entry.getKey() + " shows an error page: "
                                + browser.findElement(By.className("error-explanation")).getText());
                    }
                }
                assertThat(problems).as("entries that failed in Chinese").isEmpty();
            });
        }
    }

    private static String lang(ChromeDriver browser) {
        return (String) browser.executeScript("return document.documentElement.lang");
    }

    /** The page's HTTP status, asked with the browser's session cookie and language. */
    private static int statusOf(HttpClient http, ChromeDriver browser, String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies.toString())
                .header("Accept-Language", "zh-CN,zh;q=0.9").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
