package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.web.DcimServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

/** The console in a real headless Chromium: sign in, the dashboard, the cabinet list, an elevation, a device. */
class ConsoleBrowserIT {

    @Test
    void afterACheckImportingFollowsTheImportToItsEnd(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("checked-devices.csv");
        Files.writeString(file, "asset_tag,serial,model,status\n"
                + "BRW-OK-1,BRW-OK-SN-1,H3C UniServer R4900 G5,RECEIVED\n"
                + "BRW-OK-2,BRW-OK-SN-2,H3C UniServer R4900 G5,RECEIVED\n");
        try (DcimServer server = Browser.server(dataDir)) {
            Browser.driveSignedIn(server, "import-follow-failure", (browser, base) -> {
                browser.get(base + "/import");
                browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
                Browser.navigate(browser, By.xpath("//button[normalize-space()='Check']"));
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.className("state"), "All 2 rows are valid"));

                Browser.navigate(browser, By.xpath("//button[contains(., 'Import these')]"));
                // No reload by hand: the page polls the import until it has finished.
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.className("state"), "Imported 2 devices"));
                Browser.screenshot(browser, "import-followed");
                browser.get(base + "/devices?q=BRW-OK");
                assertThat(browser.findElement(By.cssSelector("table.grid")).getText()).contains("BRW-OK-1").contains("BRW-OK-2");
            });
        }
    }

    @Test
    void anImportWithOneBadRowListsItAndImportsNothing(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("new-devices.csv");
        Files.writeString(file, "asset_tag,serial,model,status,site,room,cabinet,position_u\n"
                + "BRW-1,BRW-SN-1,H3C UniServer R4900 G5,RECEIVED,,,,\n"
                + "BRW-2,BRW-SN-2,H3C UniServer R4900 G5,INSTALLED," + DemoSiteLoader.SITE_NAME + ",Hall 1,A02,2\n");
        try (DcimServer server = Browser.server(dataDir)) {
            Browser.driveSignedIn(server, "import-failure", (browser, base) -> {
                Browser.openNav(browser, "nav.devices");
                Browser.navigate(browser, By.linkText("Import devices"));
                browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
                Browser.navigate(browser, By.xpath("//button[contains(., 'Check and import')]"));

                new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.className("state"), "nothing was imported"));
                assertThat(browser.findElement(By.className("state")).getText()).startsWith("1 problem(s) in 2 rows");
                assertThat(browser.findElements(By.cssSelector("table.problems tbody tr"))).hasSize(1);
                assertThat(browser.findElement(By.cssSelector("table.problems tbody tr")).getText())
                        .startsWith("3 position_u").contains("is occupied by");
                Browser.screenshot(browser, "import-refused");

                browser.get(base + "/devices?q=BRW");
                assertThat(browser.findElement(By.cssSelector("table.grid")).getText()).doesNotContain("BRW-1");
            });
        }
    }

    @Test
    void signsInAndWalksFromTheDashboardToADeviceThroughItsCabinetElevation(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir)) {
            Browser.drive(Browser.start(), "walk-failure", browser -> {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/");
                assertThat(browser.getTitle()).contains("Sign in");
                browser.findElement(By.name("username")).sendKeys("admin");
                browser.findElement(By.name("password")).sendKeys("a wrong password");
                Browser.navigate(browser, By.cssSelector("button[type=submit]"));
                assertThat(browser.findElement(By.className("feedback")).getText()).contains("Wrong username or password");

                browser.findElement(By.name("password")).sendKeys(Browser.PASSWORD);
                browser.findElement(By.name("username")).clear();
                browser.findElement(By.name("username")).sendKeys("admin");
                Browser.navigate(browser, By.cssSelector("button[type=submit]"));
                assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(DemoSiteLoader.SITE_NAME);
                Browser.screenshot(browser, "dashboard");

                Browser.openNav(browser, "nav.cabinets");
                assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(50);
                // Sort by device count, descending: header texts are upper-cased by CSS, so match the DOM text.
                Browser.navigate(browser, By.xpath("//th//a[contains(., 'Devices')]"));
                Browser.navigate(browser, By.xpath("//th//a[contains(., 'Devices')]"));
                Browser.screenshot(browser, "cabinet-list");
                Browser.navigate(browser, By.cssSelector("table.grid tbody tr a"));

                assertThat(browser.findElements(By.cssSelector("svg.elevation"))).hasSize(2);
                Browser.screenshot(browser, "elevation");
                int occupiedU = Integer.parseInt(browser.findElement(By.cssSelector("svg[data-face=front] a.device"))
                        .getAttribute("data-u"));

                Browser.navigate(browser, By.linkText("Rack a device here"));
                browser.findElement(By.name("identity:assetTag")).sendKeys("BROWSER-1");
                browser.findElement(By.name("identity:serial")).sendKeys("BROWSER-SERIAL-1");
                new Select(browser.findElement(By.name("identity:model"))).selectByVisibleText(
                        "H3C S6850-56HF leaf 48x25G 8x100G (1U, 300 W)");
                browser.findElement(By.name("positionU")).sendKeys(String.valueOf(occupiedU));
                Browser.navigate(browser, By.cssSelector("form.edit button[type=submit]"));
                assertThat(browser.findElement(By.cssSelector("form.edit")).getText())
                        .contains("U" + occupiedU + "–U" + occupiedU + " on the front of cabinet").contains("is occupied by");
                Browser.screenshot(browser, "rack-refused");

                browser.findElement(By.name("positionU")).clear();
                browser.findElement(By.name("positionU")).sendKeys("40");
                Browser.navigate(browser, By.cssSelector("form.edit button[type=submit]"));
                assertThat(browser.findElements(By.cssSelector("svg[data-face=front] a.device[data-u='40']"))).hasSize(1);
                assertThat(browser.findElement(By.cssSelector("svg[data-face=front] a.device[data-u='40']")).getText())
                        .contains("BROWSER-1");
                Browser.screenshot(browser, "rack-placed");

                // Drag it four units down: the page asks the server and redraws it at U36.
                WebElement dragged = browser.findElement(By.cssSelector("svg[data-face=front] a.device[data-u='40']"));
                Browser.leaving(browser, () -> new Actions(browser).moveToElement(dragged).clickAndHold().moveByOffset(0, 10)
                        .moveByOffset(0, 4 * 18 - 10).release().perform());
                assertThat(browser.findElements(By.cssSelector("svg[data-face=front] a.device[data-u='36']"))).hasSize(1);
                assertThat(browser.findElement(By.cssSelector("svg[data-face=front] a.device[data-u='36']")).getText())
                        .contains("BROWSER-1");
                Browser.screenshot(browser, "dragged");

                WebElement device = browser.findElement(By.cssSelector("svg[data-face=front] a.device[data-u='36']"));
                String deviceId = device.getAttribute("data-device-id");
                Browser.navigate(browser, By.cssSelector("svg[data-face=front] a.device[data-u='36']"));

                assertThat(browser.getCurrentUrl()).contains("device").contains(deviceId);
                assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Device ");

                // A lifecycle change is a one-button form that posts (PostAction), not a link followed by a GET.
                Browser.navigate(browser, By.cssSelector(".actions form.post-action button"));
                assertThat(browser.findElement(By.className("feedbackPanelSUCCESS")).getText()).startsWith("Status changed to");
            });
        }
    }
}
