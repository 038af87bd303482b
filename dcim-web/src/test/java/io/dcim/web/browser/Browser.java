package io.dcim.web.browser;

import io.dcim.web.DcimServer;
import io.dcim.web.TestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, with no download of anything.
 * Missing binaries skip the browser tests with a message, except under CI=true where they fail.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DCIM_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DCIM_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** The admin's password on the servers {@link #server} starts. */
    static final String PASSWORD = TestServer.ADMIN_PASSWORD;

    private Browser() {
    }

    /** What a test does with the browser; the browser is quit after it whatever happens. */
    @FunctionalInterface
    interface Steps {
        void run(ChromeDriver browser) throws Exception;
    }

    /** What a test does as the signed-in admin, given the browser and the server's base URL. */
    @FunctionalInterface
    interface SignedInSteps {
        void run(ChromeDriver browser, String base) throws Exception;
    }

    /**
     * Runs the steps and quits the browser; when a step fails, the screenshot and page are saved as {@code evidence}
     * ({@link #saveEvidence}) before the failure is reported.
     */
    static void drive(ChromeDriver browser, String evidence, Steps steps) throws Exception {
        try {
            steps.run(browser);
        } catch (Exception | AssertionError e) {
            saveEvidence(browser, evidence);
            throw e;
        } finally {
            browser.quit();
        }
    }

    /** {@link #drive}s a fresh browser that first {@link #signIn signs in} to the server as the admin. */
    static void driveSignedIn(DcimServer server, String evidence, SignedInSteps steps) throws Exception {
        drive(start(), evidence, browser -> steps.run(browser, signIn(browser, server)));
    }

    /** {@link TestServer#start}: the admin's password is {@link #PASSWORD}. */
    static DcimServer server(Path dataDir, String... settings) throws Exception {
        return TestServer.start(dataDir, settings);
    }

    /** Signs in as the admin through the sign-in page and returns the server's base URL. */
    static String signIn(ChromeDriver browser, DcimServer server) {
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        navigate(browser, By.cssSelector("form.signin-box button[type=submit]"));
        return base;
    }

    /** Clicks and waits until the browser has left the page, so nothing stale from it is read. */
    static void navigate(ChromeDriver browser, By target) {
        leaving(browser, () -> browser.findElement(target).click());
    }

    /**
     * Runs {@code action} and waits until the browser has left the page it was on. While the old document is being
     * replaced, Chromium may answer a question about its element with an inspector error ("Node with given id does
     * not belong to the document") instead of "stale"; that means the same thing here, so the wait asks again.
     */
    static void leaving(ChromeDriver browser, Runnable action) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    static ChromeDriver start() throws Exception {
        return start(options -> { });
    }

    /**
     * A browser whose user asks for {@code languageTag} first ({@code zh-CN}): the interface language and the
     * Accept-Language header it sends.
     */
    static ChromeDriver startIn(String languageTag) throws Exception {
        return start(options -> {
            options.addArguments("--lang=" + languageTag);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languageTag));
        });
    }

    /** A browser that keeps its console's messages for {@link #consoleErrors}. */
    static ChromeDriver startRecordingConsole() throws Exception {
        return start(options -> options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL")));
    }

    /** The errors the browser's console received since the last call (a browser from {@link #startRecordingConsole}). */
    static java.util.List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /**
     * Opens the header's menu entry named by its bundle key ({@code nav.devices}). Menus open on hover; a script's
     * click follows the link without moving the mouse, and the wait is for the next page.
     */
    static void openNav(ChromeDriver driver, String key) {
        org.openqa.selenium.WebElement entry = driver.findElement(
                org.openqa.selenium.By.cssSelector("header.top a[data-nav='" + key + "']"));
        leaving(driver, () -> driver.executeScript("arguments[0].click();", entry));
    }

    private static ChromeDriver start(java.util.function.Consumer<ChromeOptions> extra) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): browser tests SKIPPED (install chromium and chromium-driver; under CI=true this fails)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("dcim-chromium"));
        extra.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * The elements the page has now, without the implicit wait: {@code findElements} waits the whole 5 s for
     * elements that are rightly absent (no error on the page), which cost minutes over a walk of every page.
     */
    static java.util.List<org.openqa.selenium.WebElement> presentNow(ChromeDriver driver, org.openqa.selenium.By by) {
        // The page's own markup is all there once the document is complete (errors are rendered by the server).
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    /** Saves what the page looks like under target/screenshots for people to review. */
    static void screenshot(ChromeDriver driver, String name) throws Exception {
        screenshot(driver, Path.of("target", "screenshots"), name);
    }

    /** Saves what the page looks like as {@code dir/name.png}. */
    static void screenshot(ChromeDriver driver, Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** When a step fails: the screenshot and the page source, so the failure can be read after the run. */
    static void saveEvidence(ChromeDriver driver, String name) {
        try {
            screenshot(driver, name);
            Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
        } catch (Exception | Error e) {
            // Evidence is best effort: the test's own failure is what gets reported.
        }
    }
}
