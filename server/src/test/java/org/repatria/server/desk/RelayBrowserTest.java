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
import org.openqa.selenium.WebElement;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/**
 * The mediator, in Chromium, lands on the relay queue and relays a proposal by ticking the confirmation that names who
 * will read it; the browser will not send the form unticked. Leaves a screenshot of the queue in target/screenshots.
 */
class RelayBrowserTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMediatorRelaysAProposalFromTheQueueOnlyOnceItConfirmsWhoReadsIt() {
        Negotiator ua = new Negotiator(running, Fixture.Who.A_DESK);
        HttpResponse<String> review = ua.post("/desk/proposals", Negotiator.fiveForFive("browser-relay"));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        String envelope = Negotiator.agreement(running, "browser-relay").get("steps").get(0).get("envelope_id").asString();
        String base = "http://localhost:" + running.port();

        Chromium.signIn(browser, base, Fixture.Who.MEDIATOR_DESK);
        browser.get(base + "/desk/relays?lang=uk");
        Chromium.screenshot(browser, "relay-queue-uk");
        WebElement row = browser.findElement(By.cssSelector("tr[data-envelope='" + envelope + "']"));
        assertThat(row.getText()).contains("Пропозиція", "Полонені: Україна ↔ Россия", "Підтверджую: Россия прочитає");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).as("an unticked confirmation is not sent").endsWith("/desk/relays?lang=uk");
        assertThat(browser.findElements(By.id("relayed"))).isEmpty();

        row = browser.findElement(By.cssSelector("tr[data-envelope='" + envelope + "']"));
        row.findElement(By.name("confirm")).click();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the relay was not confirmed on the page",
                b -> !b.findElements(By.id("relayed")).isEmpty());
        assertThat(browser.findElement(By.id("relayed")).getText()).contains("Россия");
        assertThat(browser.findElements(By.cssSelector("tr[data-envelope='" + envelope + "']"))).isEmpty();
        Chromium.screenshot(browser, "relay-queue-relayed");
    }

}
