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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;

/** The crossing's checklist in a real browser: ru's desk unticks one person, and the absence is recorded and shown. */
class ChecklistBrowserTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        FiveForFive.handedOverByUa(running);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anUntickedPersonIsRecordedAsAbsentAndTheOthersAsHandedOver() {
        String base = "http://localhost:" + running.port();
        Chromium.signIn(browser, base, Fixture.Who.B_DESK);
        browser.get(base + "/desk/agreements/" + FiveForFive.ID + "?lang=en");
        browser.findElement(By.linkText("Checklist at the crossing")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("checklist")));
        browser.findElement(By.id("present-2")).click();
        browser.findElement(By.cssSelector("#checklist button[type=submit]")).click();

        String result = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("handover-result"))).getText();
        assertThat(result).contains("Handed over: 4").contains("On the manifest but absent");
    }
}
