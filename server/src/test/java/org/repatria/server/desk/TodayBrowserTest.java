package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The mediator, in Chromium, opens its work for today from the navigation, finds an overdue nomination deadline at the
 * top, follows it to the nominations page, and once the side nominated (on its desk) the reloaded list no longer has
 * it. Leaves screenshots in target/screenshots.
 */
class TodayBrowserTest {
    private static final String ID = "browser-today";
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
        Negotiator.accepted(running, ID);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMediatorFollowsAnOverdueNominationAndItLeavesTheListOnceTheSideNominates() {
        String base = "http://localhost:" + running.port();
        String nominations = "/desk/agreements/" + ID + "/nominations";
        Chromium.signIn(browser, base, Fixture.Who.MEDIATOR_DESK);
        browser.findElement(By.id("nav-today")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the work for today did not open",
                b -> b.getCurrentUrl().endsWith("/desk/today") && !b.findElements(By.id("today-list")).isEmpty());
        Chromium.screenshot(browser, "today-mediator");
        WebElement top = browser.findElements(By.cssSelector("#today-list tr.today-item")).getFirst();
        assertThat(top.getAttribute("data-kind")).isEqualTo("NOMINATE");
        assertThat(top.getAttribute("class")).contains("overdue");
        assertThat(top.getText()).contains("Nominate persons under agreement", "2025-06-05", "overdue by");
        assertThat(items(nominations)).hasSize(2);

        top.findElement(By.cssSelector("a.today-link")).click();
        Chromium.waitAcrossNavigation(browser, 10, () -> "the link did not lead to the nominations page",
                b -> b.getCurrentUrl().endsWith(nominations));

        var r = new Negotiator(running, Fixture.Who.A_DESK).post(nominations, Map.of("list",
                List.of(running.world().aPrisoners.toString()), "row", List.of("1"), "health-1", List.of("fit")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);

        browser.get(base + "/desk/today");
        Chromium.waitAcrossNavigation(browser, 10, () -> "Україна's nomination is still listed",
                b -> items(nominations).size() == 1);
        assertThat(items(nominations).getFirst().findElement(By.cssSelector("td")).getText()).isEqualTo("Россия");
        Chromium.screenshot(browser, "today-mediator-after");
    }

    private static List<WebElement> items(String link) {
        return browser.findElements(By.cssSelector("#today-list tr.today-item")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector("a[href='" + link + "']")).isEmpty()).toList();
    }

}
