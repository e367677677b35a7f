package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.log.Disputed;
import org.repatria.server.log.Documents;
import org.repatria.server.log.LogEntry;

/**
 * The counterparty disputes a relayed list in Chromium: it writes the dispute on the list's thread page, reviews the
 * exact text, and sign.js signs it with the key file; the log takes it as the side's own signature.
 */
class DisputeBrowserTest {
    @TempDir
    static Path dir;
    static WebDriver browser;

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

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
    void theCounterpartySignsADisputeInTheBrowserAndItGoesOnTheLogAnsweringTheList() throws IOException {
        String list = Disputed.relayedList(running);
        Path keyFile = Files.writeString(dir.resolve("ru.key"), Documents.RU_KEY.encoded() + "\n");
        String base = "http://localhost:" + running.port();
        Chromium.signIn(browser, base, B_DESK);
        browser.get(base + "/desk/lists/" + running.world().aPrisoners);
        browser.findElement(By.id("dispute-this")).click();
        Chromium.waitAcrossNavigation(browser, 20, () -> "no dispute form at " + browser.getCurrentUrl(),
                b -> !b.findElements(By.id("dispute-form")).isEmpty());
        WebElement form = browser.findElement(By.id("dispute-form"));
        form.findElement(By.name("subject")).sendKeys("Рядок 4: помилка в даті");
        form.findElement(By.name("text")).sendKeys("Дата народження в рядку 4 не та, що в картці полоненого.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 20, () -> "no text to sign at " + browser.getCurrentUrl(),
                b -> !b.findElements(By.id("text-to-sign")).isEmpty());
        assertThat(browser.findElement(By.id("text-to-sign")).getText()).startsWith("repatria-dispute/v1");
        long before = running.server().log().checkpoint().checkpoint().size();
        WebElement sign = browser.findElement(By.cssSelector("form[data-statement]"));
        sign.findElement(By.cssSelector("input[data-key-file]")).sendKeys(keyFile.toString());
        sign.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 30, () -> "the dispute is not shown; status: "
                + browser.findElements(By.cssSelector("[data-sign-status], #refusal")).stream().map(WebElement::getText)
                .toList() + " at " + browser.getCurrentUrl(), b -> b.getCurrentUrl().endsWith("/desk/documents/" + list
                + "/disputes") && b.findElement(By.id("disputes")).getText().contains("Рядок 4: помилка в даті"));
        assertThat(running.server().log().checkpoint().checkpoint().size()).isEqualTo(before + 1);
        LogEntry entry = LogEntry.parse(Receipt.parse(Client.json(running.anonymous().get("/api/v1/log/receipts/" + before))
                .get("receipt").asString()).entry());
        entry.checkSignedBy(Documents.RU_KEY.verifier());
        EntryStatement s = entry.statement();
        assertThat(s.custody()).isEqualTo(KeyCustody.OWN);
        assertThat(s.envelope().type()).isEqualTo(DocumentType.DISPUTE);
        assertThat(s.envelope().answers()).contains(Digest.parseHex(list));
    }
}
