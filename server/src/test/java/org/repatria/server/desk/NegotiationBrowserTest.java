package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** In Chromium, ua's desk proposes an agreement from the form and ru's desk accepts it, each signing with its key file. */
class NegotiationBrowserTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oneSideProposesAndTheOtherAcceptsEachSigningWithItsKeyFile() throws IOException {
        String base = "http://localhost:" + running.port();
        Chromium.signIn(browser, base, Fixture.Who.A_DESK);
        browser.get(base + "/desk/agreements?lang=en");
        browser.findElement(By.id("propose-link")).click();
        WebElement form = browser.findElement(By.id("proposal-form"));
        form.findElement(By.name("id")).sendKeys("browser-deal");
        new Select(form.findElement(By.name("counterparty"))).selectByValue("ru");
        form.findElement(By.name("first-gives")).sendKeys("2");
        form.findElement(By.name("second-gives")).sendKeys("2");
        form.findElement(By.cssSelector("input[name=categories][value=POW]")).click();
        setDate(form, "nominations-by", "2025-06-05");
        setDate(form, "completed-by", "2025-06-30");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElement(By.id("text-to-sign")).getText()).contains("first-gives 2");
        signWith(Documents.UA_KEY.encoded(), "ua.key");
        waitFor(b -> b.getCurrentUrl().endsWith("/desk/agreements/browser-deal"));
        assertThat(browser.findElement(By.id("agreement-state")).getAttribute("data-state")).isEqualTo("PROPOSED");

        String envelope = Client.json(running.api(Fixture.Who.MEDIATOR_DESK).get("/api/v1/agreements/browser-deal"))
                .get("steps").get(0).get("envelope_id").asString();
        HttpResponse<String> relay = running.api(Fixture.Who.MEDIATOR_DESK).postJson("/api/v1/documents/" + envelope
                + "/relay", "{}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(201);

        Chromium.signIn(browser, base, Fixture.Who.B_DESK);
        browser.get(base + "/desk/agreements/browser-deal?lang=en");
        signWith(Documents.RU_KEY.encoded(), "ru.key");
        waitFor(b -> "ACCEPTED".equals(b.findElement(By.id("agreement-state")).getAttribute("data-state")));
    }

    private static void signWith(String key, String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), key + "\n");
        WebElement sign = browser.findElement(By.cssSelector("form[data-statement]"));
        sign.findElement(By.cssSelector("input[data-key-file]")).sendKeys(file.toString());
        sign.findElement(By.cssSelector("button[type=submit]")).click();
    }

    // Date inputs take keys in the browser's locale order; setting the value is the same for every locale.
    private static void setDate(WebElement form, String name, String date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name(name)), date);
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        Chromium.waitAcrossNavigation(browser, 30, () -> "status: " + browser.findElements(
                By.cssSelector("[data-sign-status], #refusal")).stream().map(WebElement::getText).toList() + " at "
                + browser.getCurrentUrl(), condition);
    }
}
