package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Capacity planning in a real headless Chromium on a freshly started demo: the overview, a
 * resource's chart drawn, and a training estimate carried into the demand pipeline.
 */
class CapacityBrowserIT {

    @Test
    void aManagerReadsThePlanAndCarriesATrainingEstimateIntoThePipeline(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir, "DCIM_SNMP_SIMULATOR", "off")) {
            Browser.driveSignedIn(server, "capacity-failure", (browser, base) -> {
                Browser.openNav(browser, "nav.capacityOutlook");
                assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(4);
                Browser.screenshot(browser, "capacity-overview");
                Browser.navigate(browser, By.cssSelector("table.grid tbody tr:first-child td a"));
                WebElement chart = browser.findElement(By.cssSelector("figure.chart img"));
                // The demo's two years of history make a real chart: the image is drawn, not a broken link.
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) browser.executeScript(
                        "return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).intValue() > 0);
                assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", chart)).intValue())
                        .isEqualTo(960);
                Browser.screenshot(browser, "capacity-gpu-plan");
                // The plan form names the methods as people read them; the one chosen travels in the address.
                new Select(browser.findElement(By.name("p::method"))).selectByVisibleText("damped trend");
                Browser.navigate(browser, By.xpath("//select[@name='p::method']/ancestor::form//*[@type='submit']"));
                assertThat(browser.getCurrentUrl()).contains("method=damped");
                assertThat(new Select(browser.findElement(By.name("p::method"))).getFirstSelectedOption().getText())
                        .isEqualTo("damped trend");

                browser.get(base + "/training");
                browser.findElement(By.name("parametersBillions")).clear();
                browser.findElement(By.name("parametersBillions")).sendKeys("175");
                browser.findElement(By.name("tokensBillions")).clear();
                browser.findElement(By.name("tokensBillions")).sendKeys("300");
                Browser.navigate(browser, By.xpath("//button[contains(., 'Estimate')]"));
                String cards = browser.findElement(By.xpath("//dt[.='Cards']/following-sibling::dd[1]")).getText();
                Browser.navigate(browser, By.linkText("Add to the demand pipeline"));
                assertThat(browser.findElement(By.name("quantity")).getAttribute("value"))
                        .isEqualTo(cards.replace(",", ""));
                assertThat(browser.findElement(By.name("note")).getAttribute("value")).contains("175B parameters");
            });
        }
    }

}
