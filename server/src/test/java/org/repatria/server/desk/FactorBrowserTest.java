package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;

/**
 * A clerk, in Chromium and in Russian, turns the second factor on from the header's link: the key's QR code is drawn,
 * the key is read and confirmed with a code; signed out, the clerk signs in again with the password, then a code
 * (issue 17, 0183).
 */
class FactorBrowserTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock));
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkTurnsOnTheSecondFactorAndThenSignsInWithACode() {
        String base = "http://localhost:" + running.port();
        FactorVisitor.account(running, "f-browser", Fixture.A);
        Chromium.signIn(browser, base, "f-browser", "ru", "/desk");

        browser.findElement(By.id("nav-factor")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the factor page did not open with the factor off",
                b -> "off".equals(b.findElement(By.id("factor-state")).getAttribute("data-state")));
        assertThat(browser.findElement(By.id("factor-state")).getText()).isEqualTo("У вашей учётной записи нет второго фактора.");
        browser.findElement(By.cssSelector("#factor-start button")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "no key was shown",
                b -> !b.findElements(By.id("factor-secret")).isEmpty());
        Object drawn = ((JavascriptExecutor) browser).executeScript("return arguments[0].complete && arguments[0].naturalWidth",
                browser.findElement(By.id("factor-qr")));
        assertThat(((Number) drawn).intValue()).as("the QR code's width as drawn (the page's policy lets data: images in)")
                .isPositive();
        String secret = browser.findElement(By.id("factor-secret")).getText();

        browser.findElement(By.cssSelector("#factor-confirm #code")).sendKeys(FactorVisitor.code(secret, clock.instant()));
        browser.findElement(By.cssSelector("#factor-confirm button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the factor was not shown on",
                b -> "on".equals(b.findElement(By.id("factor-state")).getAttribute("data-state")));
        assertThat(browser.getPageSource()).doesNotContain(secret);

        clock.advance(Duration.ofSeconds(30)); // the confirming code's step is used up
        browser.findElement(By.id("logout")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "not signed out", b -> !b.findElements(By.id("username")).isEmpty());
        Chromium.signIn(browser, base, "f-browser", "ru", "/login/code"); // the password alone leads to the code
        Chromium.waitAcrossNavigation(browser, 10, () -> "no field for the code",
                b -> !b.findElements(By.cssSelector("#factor-code #code")).isEmpty());

        browser.findElement(By.cssSelector("#factor-code #code")).sendKeys(FactorVisitor.code(secret, clock.instant()));
        browser.findElement(By.cssSelector("#factor-code button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the code did not open the desk",
                b -> b.getCurrentUrl().equals(base + "/desk") && !b.findElements(By.id("nav-factor")).isEmpty());
    }
}
