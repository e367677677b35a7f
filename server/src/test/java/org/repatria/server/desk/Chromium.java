package org.repatria.server.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repatria.server.Fixture;

/**
 * Test fixture: Debian's headless Chromium driven offline through chromedriver. Where it is not installed the
 * calling test is skipped, except under CI, where a missing browser fails the run.
 */
final class Chromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A fresh headless browser with its profile under {@code dir}. */
    static WebDriver start(Path dir) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing; apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed; skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return browser;
    }

    /** Signs {@code who} in through the login form (in English) and waits for the first page (the mediator's: the relay queue). */
    static void signIn(WebDriver browser, String base, Fixture.Who who) {
        signIn(browser, base, who.username(), "en", who == Fixture.Who.MEDIATOR_DESK ? "/desk/relays" : "/desk");
    }

    /** Signs {@code username} (the fixture's password) in through the login form in {@code lang}; waits for {@code landing}. */
    static void signIn(WebDriver browser, String base, String username, String lang, String landing) {
        browser.get(base + "/login?lang=" + lang);
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + landing));
    }

    /** Saves what the browser shows as target/screenshots/{@code name}.png, for a person to look at after the run. */
    static void screenshot(WebDriver browser, String name) {
        try {
            Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), out,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for {@code condition} while the page may be replaced under it (a form posts, the server redirects).
     * Reading an element of the page being unloaded fails in several ways (stale element; Chromium's "node does
     * not belong to the document"), so any driver error during the wait means "not yet".
     */
    static void waitAcrossNavigation(WebDriver browser, int seconds, Supplier<String> message,
            Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class)
                .withMessage(message).until(condition::apply);
    }
}
