package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;

/**
 * A party's supervisor, in Chromium and in Ukrainian, finds its party's accounts from its own name in the header,
 * disables a clerk's account (whose open session and token end at once), enables it again and resets its password,
 * reading the one-time password shown once (issue 17, 0182).
 */
class AccountsBrowserTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        ChildWorkers.add(running);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorDisablesEnablesAndResetsAClerksAccountOnTheDesk() {
        String base = "http://localhost:" + running.port();
        String clerk = Fixture.Who.A_DESK.username();
        Client session = Callers.desk(running.port(), clerk);
        Client token = Callers.api(running.port(), clerk);
        Chromium.signIn(browser, base, ChildWorkers.UA_SUPERVISOR, "uk", "/desk");

        browser.findElement(By.id("nav-password")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the password page did not open",
                b -> !b.findElements(By.id("accounts-link")).isEmpty());
        browser.findElement(By.id("accounts-link")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the party's accounts did not open",
                b -> !b.findElements(By.cssSelector("#accounts tr[data-account='" + clerk + "']")).isEmpty());
        browser.findElement(By.cssSelector("#accounts tr[data-account='" + clerk + "'] a")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the clerk's account did not open",
                b -> b.findElement(By.id("account-standing")).getText().equals("Вимкнути"));
        assertThat(browser.findElement(By.id("standing")).getText()).isEqualTo("активний");

        browser.findElement(By.id("account-standing")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the account was not shown disabled",
                b -> b.findElement(By.id("standing")).getText().equals("вимкнений"));
        assertThat(session.get("/api/v1/me").statusCode()).as("the clerk's open desk session").isEqualTo(401);
        assertThat(token.get("/api/v1/me").statusCode()).as("the clerk's bearer token").isEqualTo(401);

        browser.findElement(By.id("account-standing")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the account was not shown enabled again",
                b -> b.findElement(By.id("standing")).getText().equals("активний"));
        browser.findElement(By.id("account-reset")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "no one-time password was shown",
                b -> !b.findElements(By.id("one-time-password")).isEmpty());
        String oneTime = browser.findElement(By.id("one-time-password")).getText();

        HttpResponse<String> signIn = running.anonymous().postJson("/api/v1/auth/token",
                "{\"username\":\"" + clerk + "\",\"password\":\"" + oneTime + "\"}");
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(403);
        assertThat(Client.json(signIn).get("error").asString()).isEqualTo("password_change_due");
    }
}
