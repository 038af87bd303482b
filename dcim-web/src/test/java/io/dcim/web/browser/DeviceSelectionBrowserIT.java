package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The device list in Chromium: a page size and a sort chosen by links stay in the URL (the back button
 * returns to the previous order), "tick every device on this page" ticks them all, and the bulk edit opens
 * with exactly those devices, without their ids in its address.
 */
class DeviceSelectionBrowserIT {

    @Test
    void selectAllOnThePageOpensTheBulkEditWithThoseDevices(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir)) {
            Browser.driveSignedIn(server, "device-selection-failure", (browser, base) -> {
                Browser.openNav(browser, "nav.devices");
                Browser.navigate(browser, By.xpath("//span[@class='sizes']/a[normalize-space()='25']"));
                assertThat(browser.getCurrentUrl()).contains("size=25");
                Browser.navigate(browser, By.xpath("//th/a[contains(., 'Name')]"));
                assertThat(browser.getCurrentUrl()).contains("sort=name").contains("dir=asc").contains("size=25");
                Browser.navigate(browser, By.xpath("//th/a[contains(., 'Name')]"));
                assertThat(browser.getCurrentUrl()).contains("dir=desc");
                browser.navigate().back();
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("dir=asc"));

                browser.findElement(By.cssSelector("th input[type=checkbox]")).click();
                assertThat(browser.findElements(By.cssSelector("td input[type=checkbox]")))
                        .hasSize(25).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
                Browser.navigate(browser, By.xpath("//button[contains(., 'Edit the ticked devices')]"));

                assertThat(browser.findElement(By.tagName("body")).getText()).contains("25 devices selected");
                assertThat(browser.getCurrentUrl()).doesNotContain("ids=");
                Browser.screenshot(browser, "device-bulk-edit-ticked");
            });
        }
    }
}
