package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.dispute.Disputed;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;

/**
 * The addressee acknowledges a relayed document, an author signs its list, and a side disputes the other's list, in
 * Chromium: sign.js reads the key file written by {@code repatria keygen}, signs with WebCrypto Ed25519, and the server
 * verifies the signature like any other.
 */

class SigningBrowserTest {
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    /** Its base64 part holds a "+", the key-file separator, as about half of all keys' do. */
    private static final NoteSigner RU_KEY = keyWithPlusInItsBase64();
    @TempDir
    static Path dir;
    static WebDriver browser;

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.B, RU_KEY);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBrowserSignsTheAcknowledgementWithTheKeyFileAndTheLogAcceptsIt() throws IOException {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "browser list one");
        Path keyFile = Files.writeString(dir.resolve("ru.key"), RU_KEY.encoded() + "\n");
        long before = running.server().log().checkpoint().checkpoint().size();
        WebElement form = acknowledgementForm(id);
        form.findElement(By.cssSelector("input[data-key-file]")).sendKeys(keyFile.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 30, () -> "the page still offers to acknowledge; "
                + "status: " + browser.findElements(By.cssSelector("[data-sign-status]")).stream().map(WebElement::getText)
                .toList() + " at " + browser.getCurrentUrl(), b -> b.findElements(
                By.cssSelector("form[action='/desk/documents/" + id + "/acknowledgement']")).isEmpty());
        assertThat(running.server().log().checkpoint().checkpoint().size()).isEqualTo(before + 1);
        String receipt = Client.json(running.anonymous().get("/api/v1/log/receipts/" + before)).get("receipt").asString();
        LogEntry entry = LogEntry.parse(Receipt.parse(receipt).entry());
        assertThat(entry.statement().kind()).isEqualTo(EntryKind.ACKNOWLEDGED);
        entry.checkSignedBy(RU_KEY.verifier());
    }

    @Test
    void aFileThatIsNotAKeySaysSoAndNothingIsSent() throws IOException {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "browser list two");
        Path notAKey = Files.writeString(dir.resolve("notes.txt"), "shopping list\n");
        WebElement form = acknowledgementForm(id);
        form.findElement(By.cssSelector("input[data-key-file]")).sendKeys(notAKey.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !form.findElement(
                By.cssSelector("[data-sign-status]")).getText().isEmpty());
        assertThat(form.findElement(By.cssSelector("[data-sign-status]")).getText()).contains("not a PRIVATE+KEY+");
        assertThat(browser.getCurrentUrl()).endsWith("/desk/documents");
    }

    @Test
    void theAuthorSignsItsListInTheBrowserAndTheListGoesOnTheLog() throws IOException {
        String list = running.world().aPrisoners.toString();
        Path keyFile = Files.writeString(dir.resolve("ua.key"), UA_KEY.encoded() + "\n");
        Chromium.signIn(browser, "http://localhost:" + running.port(), A_DESK);
        browser.get("http://localhost:" + running.port() + "/desk/lists/" + list);
        assertThat(browser.findElement(By.id("list-document-status")).getText()).isEqualTo("Not yet signed");
        WebElement form = browser.findElement(By.cssSelector("form[action='/desk/lists/" + list + "/document'][data-statement]"));
        form.findElement(By.cssSelector("input[data-key-file]")).sendKeys(keyFile.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitAcrossNavigation(browser, 30, () -> "the list is still unsigned; status: "
                + browser.findElements(By.cssSelector("[data-sign-status]")).stream().map(WebElement::getText).toList(),
                b -> b.findElement(By.id("list-document-status")).getText().startsWith("Signed, on the log"));
        long index = Client.json(running.api(A_DESK).get("/api/v1/lists/" + list + "/document")).get("trail").get(0)
                .get("index").asLong();
        LogEntry entry = LogEntry.parse(Receipt.parse(Client.json(running.anonymous().get("/api/v1/log/receipts/" + index))
                .get("receipt").asString()).entry());
        assertThat(entry.statement().kind()).isEqualTo(EntryKind.SUBMITTED);
        entry.checkSignedBy(UA_KEY.verifier());
    }

    @Test
    void aSideDisputesTheOtherSidesListInTheBrowserAndTheDisputeGoesOnTheLogAnsweringIt() throws IOException {
        String list = Disputed.relayedList(running, B_DESK, running.world().bPrisoners.toString(), "ua");
        Path keyFile = Files.writeString(dir.resolve("ua-dispute.key"), UA_KEY.encoded() + "\n");
        String base = "http://localhost:" + running.port();
        Chromium.signIn(browser, base, A_DESK);
        browser.get(base + "/desk/lists/" + running.world().bPrisoners);
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
        entry.checkSignedBy(UA_KEY.verifier());
        assertThat(entry.statement().custody()).isEqualTo(KeyCustody.OWN);
        assertThat(entry.statement().envelope().type()).isEqualTo(DocumentType.DISPUTE);
        assertThat(entry.statement().envelope().answers()).contains(Digest.parseHex(list));
    }

    private static NoteSigner keyWithPlusInItsBase64() {
        SecureRandom random = new SecureRandom();
        NoteSigner key;
        do {
            key = NoteSigner.generate("ru-mod", KeyType.ED25519, random);
        } while (key.encoded().split("\\+").length < 6);
        return key;
    }

    private static WebElement acknowledgementForm(String id) {
        Chromium.signIn(browser, "http://localhost:" + running.port(), B_DESK);
        browser.get("http://localhost:" + running.port() + "/desk/documents");
        return browser.findElement(By.cssSelector("form[action='/desk/documents/" + id + "/acknowledgement']"));
    }
}
