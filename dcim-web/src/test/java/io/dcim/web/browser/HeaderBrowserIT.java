package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The console's header on a common laptop width: one line, nothing wrapped, for the widest menu (an admin's). */
class HeaderBrowserIT {

    @Test
    void theHeaderStaysOnOneLineAt1400PixelsForAnAdmin(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir, "DCIM_DEMO", "off")) {
            Browser.drive(Browser.start(), "header-failure", browser -> {
                browser.manage().window().setSize(new Dimension(1400, 900));
                String base = Browser.signIn(browser, server);
                assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue())
                        .isLessThanOrEqualTo(1400);

                List<WebElement> items = browser.findElements(By.cssSelector(
                        "header.top > a.brand, header.top nav a, header.top form.search input, header.top .user > *"));
                assertThat(items).as("brand, the menu (with Users and Exports), search, who is signed in")
                        .hasSizeGreaterThan(15);
                WebElement brand = browser.findElement(By.cssSelector("header.top > a.brand"));
                double middle = brand.getRect().getY() + brand.getRect().getHeight() / 2.0;
                for (WebElement item : items) {
                    if (!item.isDisplayed()) {
                        continue;
                    }
                    double itemMiddle = item.getRect().getY() + item.getRect().getHeight() / 2.0;
                    assertThat(itemMiddle).as("'%s' on the header's one line", item.getText())
                            .isBetween(middle - 8, middle + 8);
                    assertThat(item.getRect().getHeight()).as("'%s' not wrapped", item.getText()).isLessThan(40);
                }
                Object overflow = browser.executeScript(
                        "var h = document.querySelector('header.top'); return h.scrollWidth - h.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("nothing pushed out of the header").isLessThanOrEqualTo(0);
                Browser.screenshot(browser, "header-1400");
            });
        }
    }
}
