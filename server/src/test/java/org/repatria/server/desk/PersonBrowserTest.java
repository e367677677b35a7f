package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.io.IOException;
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
import org.repatria.server.RunningServer;
import org.repatria.server.person.PersonLists;

/**
 * Issue 14's Chromium test: the mediator types a name in Latin letters into the search box of the page it is on, opens
 * the person found, and sees the person's rows from two lists, one in Ukrainian and one in Russian.
 */
class PersonBrowserTest {
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO); // every wait is explicit, on a condition
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLatinNameLeadsToThePersonsRowsInTwoScriptsOnTwoLists() throws IOException {
        RunningServer running = new RunningServer(3);
        running.beforeAll(null);
        try {
            new PersonLists(running);
            String base = "http://localhost:" + running.port();
            Chromium.signIn(browser, base, MEDIATOR_DESK);

            WebElement box = browser.findElement(By.id("person-search-q"));
            box.sendKeys("Oleksandr Kovalchuk");
            browser.findElement(By.id("person-search-go")).click();
            waitFor("the persons found", b -> !b.findElements(By.cssSelector("#persons-found tr.person-found")).isEmpty());
            Chromium.screenshot(browser, "persons-found");
            browser.findElement(By.cssSelector("#persons-found tr.person-found a.person-link")).click();
            waitFor("the person's rows", b -> b.findElements(By.cssSelector("#person-rows tr.person-row")).size() >= 2);
            Chromium.screenshot(browser, "person-page");

            List<WebElement> rows = browser.findElements(By.cssSelector("#person-rows tr.person-row"));
            List<String> names = rows.stream().map(r -> r.findElement(By.cssSelector("td.row-name")).getText()).toList();
            List<String> titles = rows.stream().map(r -> r.findElement(By.cssSelector("td a")).getText()).toList();
            assertThat(names).contains("Ковальчук Олександр Петрович", "Ковальчук Александр Петрович");
            assertThat(titles).contains("Полонені, липень", "Военнопленные, август");
        } finally {
            running.afterAll(null);
        }
    }

    private static void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        Chromium.waitAcrossNavigation(browser, 20, () -> what + " on " + browser.getCurrentUrl(), condition);
    }

}
