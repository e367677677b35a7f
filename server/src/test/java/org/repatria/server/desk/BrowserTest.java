package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repatria.server.Fixture;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;

/**
 * The desk in a real browser (Debian's headless Chromium, driven offline through chromedriver).
 * Skips where Chromium is not installed, except under CI, where a missing browser fails the run.
 * Leaves screenshots of the pages in target/screenshots for people to look at.
 */
class BrowserTest {
    @TempDir
    static Path dir;
    static Fixture world;
    static Server server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        world = new Fixture(dir.resolve("db"), 1_234);
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            world.close();
        }
    }

    @BeforeEach
    void signInAsPartyA() {
        browser.get(base + "/login?lang=en");
        browser.manage().deleteAllCookies();
        browser.get(base + "/desk");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("a-desk");
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/desk"));
    }

    @Test
    void partyASignsInThroughTheFormAndSeesItsLists() {
        assertThat(browser.getCurrentUrl()).endsWith("/desk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(4);
        Chromium.screenshot(browser, "home");
        browser.findElement(By.linkText("Lists")).click();
        awaitText(By.tagName("h1"), "Lists");
        String table = browser.findElement(By.cssSelector("table.grid")).getText();
        assertThat(table).contains("Військовополонені, травень", "Тіла загиблих, партія 1").doesNotContain("Военнопленные, июнь");
    }

    @Test
    void partyAOpensItsListAndSortsFiltersAndPagesTheRows() {
        browser.findElement(By.linkText("Lists")).click();
        browser.findElement(By.linkText("Військовополонені, травень")).click();
        awaitText(By.id("list-title"), "Військовополонені, травень");
        awaitText(By.id("showing"), "Rows 1–50 of 1,234");
        browser.findElement(By.linkText("Surname")).click();
        awaitText(firstCell(2), "Бондаренко");
        // The fixture names every 7th row, from the 5th, Мельник: 176 of 1,234.
        browser.findElement(By.id("q")).sendKeys("Мельник");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        awaitText(By.id("showing"), "Rows 1–50 of 176");
        browser.findElement(By.cssSelector("a[rel=next]")).click();
        awaitText(By.id("showing"), "Rows 51–100 of 176");
        assertThat(browser.getCurrentUrl()).as("the filter keeps the order").contains("sort=surname");
        Chromium.screenshot(browser, "list");
    }

    @Test
    void partyAIsRefusedPartyBsList() {
        browser.get(base + "/desk/lists/" + world.bPrisoners);
        assertThat(browser.findElement(By.tagName("main")).getAttribute("data-error")).isEqualTo("not_found");
        assertThat(browser.getPageSource()).doesNotContain("Военнопленные, июнь");
    }

    @Test
    void theDeskSwitchesToUkrainianAndRemembersIt() {
        browser.findElement(By.linkText("Українська")).click();
        awaitText(By.tagName("h1"), "Огляд");
        browser.findElement(By.linkText("Списки")).click();
        awaitText(By.tagName("h1"), "Списки");
        browser.findElement(By.linkText("English")).click();
    }

    private static By firstCell(int column) {
        return By.cssSelector("table.rows tbody tr:first-child td:nth-child(" + column + ")");
    }

    /** Waits for the next page: reading right after a click could still see (or lose) the old one. */
    private static void awaitText(By element, String expected) {
        Chromium.waitAcrossNavigation(browser, 10, () -> element + " is not \"" + expected + "\"",
                b -> b.findElement(element).getText().equals(expected));
    }

}
