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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/**
 * A replan clicked in a real browser: after ua's tranche 1 broke parity (one refused, one absent), the mediator records
 * the refusal and ua the person not found from the tranche page, and ua clicks the flag's "Replan from reserves".
 */
class ReplanBrowserTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    @TempDir
    static Path dir;
    static WebDriver browser;
    static TwoTranches x;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        TwoTranches.keys(running);
        x = TwoTranches.inForce(running, "replan-browser");
        assertThat(x.uaRecordsOneRefusedOneAbsent().statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDropOutsAreRecordedOnTheTranchePageAndTheFlagsReplanProposesAPlanMakingThemGood() {
        String base = "http://localhost:" + running.port();
        Chromium.signIn(browser, base, Fixture.Who.MEDIATOR_DESK);
        move(base, "REFUSED", "REFUSED_REPATRIATION", "private interview");
        Chromium.signIn(browser, base, Fixture.Who.A_DESK);
        move(base, "ABSENT", "NOT_FOUND", "not at the camp");

        browser.get(base + x.agreementPage() + "?lang=en");
        browser.findElement(By.cssSelector("#parity-1 form.replan button[type=submit]")).click();

        WebElement plan = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-2")));
        assertThat(plan.getText()).contains("reserve making good");
        assertThat(x.plansReply()).hasSize(2);
    }

    /** On tranche 1's page, moves the first person with {@code outcome} to {@code to}, and waits for the move listed. */
    private static void move(String base, String outcome, String to, String reason) {
        browser.get(base + x.tranche(1) + "?lang=en");
        WebElement row = browser.findElement(By.cssSelector("tr.outcome[data-outcome=" + outcome + "]"));
        new Select(row.findElement(By.name("to"))).selectByValue(to);
        row.findElement(By.name("reason")).sendKeys(reason);
        row.findElement(By.cssSelector("form.move button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the move to " + to + " listed",
                b -> b.findElement(By.id("moves")).getText().contains(reason));
    }
}
