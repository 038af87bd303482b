package io.dcim.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.web.DcimServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #12's whole story in a Chinese browser: an ops engineer builds a new hall from nothing through the console
 * (a tag, the site, a room, a row, two cabinets with their lease, two servers racked in them with the tag, cabling
 * left for later), then a finance analyst exports the depreciation schedule and gets Chinese headers. Every step is
 * a click or a form a person would use, and each page is saved under target/screenshots-new-hall/ for review.
 */
class NewHallInChineseBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots-new-hall");

    private ChromeDriver browser;
    private int shot;

    @Test
    void anOpsEngineerBuildsAHallAndAnAnalystExportsTheScheduleInChinese(@TempDir Path dataDir) throws Exception {
        try (DcimServer server = Browser.server(dataDir, "DCIM_SNMP_SIMULATOR", "off")) {
            browser = Browser.startIn("zh-CN");
            Browser.drive(browser, "new-hall-failure", started -> {
                String base = "http://127.0.0.1:" + server.port();
                signIn(base);
                createTag();
                String siteEdit = createSite();
                String rowEdit = addRoomAndRow(siteEdit);
                List<String> cabinets = List.of(addCabinet(rowEdit, "N01", "1"), addCabinet(rowEdit, "N02", "2"));
                rack(base, cabinets.get(0), "NH-0001", "SN-NH-0001", 10);
                rack(base, cabinets.get(1), "NH-0002", "SN-NH-0002", 20);
                checkTheHall(base);
                exportTheScheduleWithChineseHeaders(base);
            });
        }
    }

    private void signIn(String base) throws Exception {
        browser.get(base + "/");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(Browser.PASSWORD);
        submit(By.cssSelector("form.signin-box button[type=submit]"));
        assertThat(html()).as("the console speaks Chinese").isEqualTo("zh-CN");
        snap("signed-in");
    }

    private void createTag() throws Exception {
        Browser.openNav(browser, "nav.tags");
        type("name", "液冷");
        type("slug", "liquid");
        type("colour", "#1f77b4");
        type("description", "液冷机柜与服务器");
        snap("tag-form");
        submit(By.name("save"));
        noErrors();
        assertThat(body()).contains("液冷");
    }

    /** Returns the new site's edit page (its rooms are added there). */
    private String createSite() throws Exception {
        Browser.openNav(browser, "nav.newSite");
        type("name", "华东三号数据中心");
        type("code", "HD3");
        type("provider", "某 IDC 服务商");
        type("city", "上海");
        new Select(field("timeZone")).selectByVisibleText("Asia/Shanghai");
        type("price", "0.68");
        type("pue", "1.3");
        type("emission", "0.5703");
        browser.findElement(By.cssSelector("input[name='labels:tags'][value='liquid']")).click();
        snap("site-form");
        submit(By.name("save"));
        noErrors();
        assertThat(browser.getCurrentUrl()).contains("site-edit").contains("id=");
        return browser.getCurrentUrl();
    }

    /** Returns the new row's edit page (its cabinets are added there). */
    private String addRoomAndRow(String siteEdit) throws Exception {
        browser.get(siteEdit);
        type("roomName", "三号厅");
        submit(By.cssSelector("form.filters button[type=submit]"));
        noErrors();
        submit(By.xpath("//a[normalize-space()='三号厅']"));
        assertThat(browser.getCurrentUrl()).contains("room-edit");
        type("rowName", "N 列");
        type("rowPosition", "1");
        submit(By.cssSelector("form.filters button[type=submit]"));
        noErrors();
        snap("room-with-row");
        submit(By.xpath("//a[normalize-space()='N 列']"));
        assertThat(browser.getCurrentUrl()).contains("row-edit");
        return browser.getCurrentUrl();
    }

    /** Returns the new cabinet's id. */
    private String addCabinet(String rowEdit, String name, String position) throws Exception {
        browser.get(rowEdit);
        submit(By.cssSelector("a.button"));
        type("name", name);
        type("position", position);
        type("heightU", "42");
        type("contractedKw", "20");
        type("landlord", "某 IDC 服务商");
        type("monthlyFee", "9800");
        type("leaseStart", "2026-01-01");
        type("leaseEnd", "2028-12-31");
        browser.findElement(By.cssSelector("input[name='labels:tags'][value='liquid']")).click();
        snap("cabinet-" + name);
        submit(By.name("save"));
        noErrors();
        assertThat(browser.getCurrentUrl()).contains("cabinet-edit").contains("id=");
        return browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** Racks a GPU server from the cabinet's own page, tagged on the same form; cabling is left for later. */
    private void rack(String base, String cabinetId, String assetTag, String serial, int positionU) throws Exception {
        browser.get(base + "/cabinet?id=" + cabinetId);
        snap("cabinet-page-" + assetTag);
        submit(By.cssSelector("a[href*='place?cabinet']"));
        type("identity:assetTag", assetTag);
        type("identity:serial", serial);
        type("identity:name", "gpu-" + assetTag.toLowerCase());
        Select model = new Select(field("identity:model"));
        model.selectByVisibleText(model.getOptions().stream().map(WebElement::getText)
                .filter(text -> text.contains("8x")).findFirst().orElseThrow());
        new Select(field("identity:status")).selectByValue("INSTALLED");
        type("positionU", String.valueOf(positionU));
        // tagged as it is racked: the place form carries the tags and custom fields of a new device
        browser.findElement(By.cssSelector("input[name='identity:labels:tags'][value='liquid']")).click();
        snap("place-" + assetTag);
        submit(By.cssSelector("form.edit button[type=submit]"));
        noErrors();
        assertThat(browser.getCurrentUrl()).as("the placed device's page or its cabinet's").containsAnyOf("/device", "/cabinet");
        if (!browser.getCurrentUrl().contains("/device")) {
            // Back on the cabinet's page: the server stands in its elevation, a link to its own page.
            String link = browser.findElement(By.cssSelector("a[href*='device?id=']")).getAttribute("href");
            browser.get(base + "/device?id=" + link.replaceAll(".*device\\?id=(\\d+).*", "$1"));
        }
        assertThat(body()).contains(assetTag);
        snap("device-" + assetTag);
    }

    /** The devices list, filtered by the tag, shows both servers in the new hall. */
    private void checkTheHall(String base) throws Exception {
        browser.get(base + "/devices?tag=liquid");
        assertThat(body()).contains("NH-0001").contains("NH-0002").contains("三号厅");
        snap("devices-tagged");
    }

    private void exportTheScheduleWithChineseHeaders(String base) throws Exception {
        Browser.openNav(browser, "nav.exports");
        submit(By.cssSelector("main form.filters button[type=submit]"));
        noErrors();
        WebElement download = null;
        for (int tries = 0; tries < 60 && download == null; tries++) {
            download = Browser.presentNow(browser, By.cssSelector("a[href*='exports/file']")).stream().findFirst().orElse(null);
            if (download == null) {
                Thread.sleep(1000);
                browser.navigate().refresh();
            }
        }
        assertThat(download).as("the export's download link").isNotNull();
        snap("export-ready");
        byte[] xlsx = fetch(download.getAttribute("href"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheetNames = new ArrayList<>();
            workbook.forEach(sheet -> sheetNames.add(sheet.getSheetName()));
            assertThat(sheetNames).as("sheet names in Chinese").contains("汇总");
            assertThat(headers(workbook)).as("column headers in Chinese").contains("资产标签", "资产类别");
        }
    }

    /** Every text cell of the first rows of every sheet: where a sheet's headers stand. */
    private static List<String> headers(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (int r = 0; r <= Math.min(6, sheet.getLastRowNum()); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    private byte[] fetch(String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString()).header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** Wicket renames a field whose name the DOM's form already uses ({@code name} becomes {@code p::name}). */
    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("[name='" + name + "'], [name='p::" + name + "']"));
    }

    /** Date and colour inputs take keys in the browser's own way; their value is set as the form sends it. */
    private void type(String name, String text) {
        WebElement field = field(name);
        if (List.of("date", "color").contains(field.getAttribute("type"))) {
            browser.executeScript("arguments[0].value = arguments[1];", field, text);
            return;
        }
        field.clear();
        field.sendKeys(text);
    }

    private void submit(By target) {
        Browser.navigate(browser, target);
    }

    private void noErrors() {
        List<String> errors = Browser.presentNow(browser, By.cssSelector(".feedbackPanelERROR, li.feedbackPanelERROR")).stream()
                .map(WebElement::getText).toList();
        assertThat(errors).as("refusals on %s", browser.getCurrentUrl()).isEmpty();
    }

    private String html() {
        return (String) browser.executeScript("return document.documentElement.lang");
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void snap(String name) throws Exception {
        Browser.screenshot(browser, SCREENSHOTS, String.format("%02d-%s", ++shot, name));
    }
}
