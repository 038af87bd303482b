package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The power pages in a real headless Chromium on the demo site with its simulated PDUs: the site power page's
 * IT load and PUE trend chart loads as an image and follows the period picked, and a cabinet's power chart loads.
 */
class PowerBrowserIT {

    @Test
    void theSitePowerPageDrawsTheTrendChartForThePeriodPicked(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir, "DCIM_DEMO_POWER_HISTORY", "on")) {
            Browser.driveSignedIn(server, "power-failure", (browser, base) -> {
                Browser.openNav(browser, "nav.sitePower");
                assertThat(browser.getTitle()).startsWith("Power");
                assertThat(browser.findElement(By.cssSelector(".tiles")).getText()).containsIgnoringCase("IT load now").containsIgnoringCase("PUE now");
                assertLoaded(browser, By.id("site-trend-chart"), 900);
                assertThat(browser.findElement(By.id("site-trend-chart")).getAttribute("src")).contains("period=24h");
                // The IT load forecast for the week ahead loads beside it (or says why it cannot be drawn yet).
                assertLoaded(browser, By.id("site-forecast-chart"), 900);

                Browser.navigate(browser, By.linkText("7 days"));
                WebElement chart = browser.findElement(By.id("site-trend-chart"));
                assertThat(chart.getAttribute("src")).contains("period=7d").contains("chart=trend");
                assertLoaded(browser, By.id("site-trend-chart"), 900);
                Browser.screenshot(browser, "site-power");

                // The demo's PDUs report within a sweep or two; then the nearest-contract table links to cabinets.
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.cssSelector("#nearest-contract tbody tr td a")).isEmpty();
                });
                Browser.navigate(browser, By.cssSelector("#nearest-contract tbody tr td a"));
                assertThat(browser.getTitle()).startsWith("Cabinet");
                assertLoaded(browser, By.cssSelector("img[alt^='Measured kW']"), 900);
                Browser.screenshot(browser, "cabinet-power");
            });
        }
    }

    /** The image is decoded by the browser (a broken image has a natural width of 0). */
    private static void assertLoaded(ChromeDriver browser, By image, int width) {
        WebElement img = browser.findElement(image);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth;", img)).intValue()).isEqualTo(width);
    }

}
