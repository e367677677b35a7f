package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/**
 * Issue 13's Chromium test, every desk in Ukrainian: ru's child-protection account answers three rows of ua's children's
 * list on the desk and signs the answers with its key file; the mediator relays them from the queue; ua's
 * child-protection account sees the three new statuses and the chart of answers change. Only the world (accounts, the
 * keys the mediator registers, the list ua signed and the mediator relayed) comes from the fixture.
 */
class RequestAnswersBrowserTest {
    private static final String LANG = "uk";
    @TempDir
    static Path dir;
    static WebDriver browser;
    static Path ruKey;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO); // every wait is explicit, on a condition
        ruKey = Files.writeString(dir.resolve("ru.key"), Documents.RU_KEY.encoded() + "\n");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void threeAnswersReachTheRequestingSideWithTheirStatusesAndTheChartChanges() throws IOException {
        RunningServer running = new RunningServer(5);
        running.beforeAll(null);
        try {
            Documents.register(running, Fixture.B, Documents.RU_KEY);
            String list = ChildRequests.relayed(running, "Діти, вивезені до Росії", 6);
            String base = "http://localhost:" + running.port();

            signIn(base, ChildRequests.REQUESTER);
            openTheList(list);
            assertThat(answeredAtEnd()).as("rows answered before any answer").isEqualTo("0");
            assertThat(status("1")).isEqualTo("unanswered");

            signIn(base, ChildRequests.WORKER);
            openTheList(list);
            answer("1", "located", "Ростов-на-Дону, дитячий будинок №3", "Иванова");
            answer("2", "not-found", "", "");
            answer("3", "held", "Таганрог", "");
            Chromium.screenshot(browser, "request-answering");
            click(By.id("answer-preview"));
            waitFor("the answers to sign", b -> b.findElements(By.cssSelector("#answers tr[data-row]")).size() == 3);
            Chromium.screenshot(browser, "request-answers-to-sign");
            WebElement form = browser.findElement(By.cssSelector("form[data-statement]"));
            form.findElement(By.cssSelector("input[data-key-file]")).sendKeys(ruKey.toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the answers are on the log", b -> !b.findElements(By.id("notice")).isEmpty());

            signIn(base, MEDIATOR_DESK.username());
            List<WebElement> queued = browser.findElements(By.cssSelector("tr[data-envelope]"));
            assertThat(queued).as("the relay queue").hasSize(1);
            assertThat(queued.get(0).findElement(By.cssSelector("a.doc-title")).getAttribute("href"))
                    .endsWith("/desk/requests/" + list);
            queued.get(0).findElement(By.name("confirm")).click();
            queued.get(0).findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the relay is confirmed", b -> !b.findElements(By.id("relayed")).isEmpty());

            signIn(base, ChildRequests.REQUESTER);
            openTheList(list);
            assertThat(List.of(status("1"), status("2"), status("3"), status("4")))
                    .containsExactly("located", "not-found", "held", "unanswered");
            assertThat(answeredAtEnd()).as("rows answered now").isEqualTo("3");
            assertThat(browser.findElements(By.cssSelector("#answers-chart rect[data-status]")).stream()
                    .map(r -> r.getAttribute("data-status")).distinct().sorted().toList())
                    .containsExactly("held", "located", "not-found");
            assertThat(browser.findElement(By.cssSelector("tr[data-row='1'] ol.history")).getText()).contains("Иванова");
            Chromium.screenshot(browser, "request-answered");
        } finally {
            running.afterAll(null);
        }
    }

    /** Opens the list from the menu's request lists, as a reader would. */
    private static void openTheList(String list) {
        click(By.id("nav-requests"));
        click(By.cssSelector("#requests a[href^='/desk/requests/" + list + "']"));
        waitFor("the list's page", b -> !b.findElements(By.id("answers-chart")).isEmpty());
    }

    private static void answer(String row, String status, String place, String surname) {
        WebElement tr = browser.findElement(By.cssSelector("tr[data-row='" + row + "']"));
        tr.findElement(By.cssSelector("input[type=checkbox]")).click();
        new Select(tr.findElement(By.cssSelector("select"))).selectByValue(status);
        tr.findElement(By.cssSelector("input[name^='place.']")).sendKeys(place);
        tr.findElement(By.cssSelector("input[name^='surname.']")).sendKeys(surname);
    }

    private static String status(String row) {
        return browser.findElement(By.cssSelector("tr[data-row='" + row + "']")).getAttribute("data-status");
    }

    /** The rows answered at the end of the chart's latest period (the line's last point). */
    private static String answeredAtEnd() {
        List<WebElement> columns = browser.findElements(By.cssSelector("#answers-chart g.chart-column"));
        assertThat(columns).as("the chart's periods").isNotEmpty();
        return columns.getLast().getAttribute("data-answered");
    }

    private static void signIn(String base, String username) {
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=" + LANG);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        String first = base + (username.equals(MEDIATOR_DESK.username()) ? "/desk/relays" : "/desk");
        waitFor("the first page of " + username, b -> b.getCurrentUrl().equals(first)
                && LANG.equals(b.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Leaves the page in target/screenshots for people to look at. */

    private static void click(By element) {
        waitFor(element + " to click", b -> !b.findElements(element).isEmpty());
        browser.findElement(element).click();
    }

    private static void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        Chromium.waitAcrossNavigation(browser, 20, () -> what + " on " + browser.getCurrentUrl(), condition);
    }
}
