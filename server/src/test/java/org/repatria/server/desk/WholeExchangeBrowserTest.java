package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/**
 * A whole exchange on the desk alone, in Chromium, with every desk in Ukrainian or in Russian as its users chose on the
 * login page: ua uploads a request list and signs it with its key file, the mediator relays it from the queue and ru
 * acknowledges it; ru matches it against the people it holds; ua proposes five for five, the mediator relays it, ru
 * accepts; both sides nominate; ua proposes the plan, both sign it (each signature relayed) and the mediator confirms
 * it; ua records tranche 1 at the crossing with one refusal and one absence; both sides sign the act, each signature
 * relayed and acknowledged; the drop-outs are moved and ua replans from its reserves. Only the world (accounts, parties,
 * the keys the mediator registers, the lists already held) comes from the fixture.
 */
class WholeExchangeBrowserTest {
    @TempDir
    static Path dir;
    static WebDriver browser;
    static Path uaKey;
    static Path ruKey;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(dir);
        // Every wait here is explicit, on a condition; an implicit wait would add its time to each "not there (yet)".
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        uaKey = Files.writeString(dir.resolve("ua.key"), Documents.UA_KEY.encoded() + "\n");
        ruKey = Files.writeString(dir.resolve("ru.key"), Documents.RU_KEY.encoded() + "\n");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void aWholeExchangeRunsOnTheDeskAloneInTheUsersLanguage(String lang) throws IOException {
        RunningServer running = new RunningServer(10);
        running.beforeAll(null);
        try {
            TwoTranches.keys(running);
            new Exchange(running, lang).run();
        } finally {
            running.afterAll(null);
        }
    }

    /** One run of the exchange, on one server, in one language. */
    private static final class Exchange {
        private final RunningServer running;
        private final String lang;
        private final String base;
        private final String id;
        /** English words seen, by page; a desk in Ukrainian or Russian shows none. */
        private final Map<String, Set<String>> untranslated = new LinkedHashMap<>();

        Exchange(RunningServer running, String lang) {
            this.running = running;
            this.lang = lang;
            this.base = "http://localhost:" + running.port();
            this.id = "whole-" + lang;
        }

        void run() throws IOException {
            String list = uaUploadsAndSignsARequestList();
            acknowledge(B_DESK, relayTheOnlyDocumentInTheQueue(), ruKey);
            ruMatchesTheRequestAgainstThePeopleItHolds(list);

            uaProposesFiveForFive();
            relayTheOnlyDocumentInTheQueue();
            ruAccepts();
            relayTheOnlyDocumentInTheQueue();

            nominate(A_DESK, running.world().aPrisoners.toString(), 7, 5);
            nominate(B_DESK, running.world().bPrisoners.toString(), 5, 5);

            uaProposesThePlan();
            signThePlan(A_DESK, uaKey);
            relayTheOnlyDocumentInTheQueue();
            signThePlan(B_DESK, ruKey);
            relayTheOnlyDocumentInTheQueue();
            mediatorConfirmsThePlan();

            uaRecordsTrancheOneWithARefusalAndAnAbsence();
            signTheAct(A_DESK, uaKey);
            acknowledge(B_DESK, relayTheOnlyDocumentInTheQueue(), ruKey);
            signTheAct(B_DESK, ruKey);
            acknowledge(A_DESK, relayTheOnlyDocumentInTheQueue(), uaKey);
            theActIsCompleteOnUasDesk();

            move(MEDIATOR_DESK, "REFUSED", "REFUSED_REPATRIATION", "відмова на співбесіді");
            move(A_DESK, "ABSENT", "NOT_FOUND", "не знайдено в таборі");
            uaReplansFromReserves();
            assertThat(untranslated).as("English words on the desk in " + lang).isEmpty();
        }

        private String uaUploadsAndSignsARequestList() throws IOException {
            Path csv = Files.writeString(dir.resolve("request-" + lang + ".csv"),
                    "id,surname,given_name,birth_date,military_id,category\n"
                            + "1,Коваленко,Олександр,1970,MI-100000,POW\n"
                            + "2,Шевченко,Олександр,1971,MI-100001,POW\n"
                            + "3,Петренко,Василь,1985,MI-555555,POW\n");
            signIn(A_DESK);
            click(By.cssSelector("nav a[href='/desk/lists']"));
            click(By.cssSelector("main a[href='/desk/upload']"));
            WebElement form = browser.findElement(By.id("upload-form"));
            form.findElement(By.name("file")).sendKeys(csv.toString());
            form.findElement(By.name("title")).sendKeys("Запит на повернення");
            new Select(form.findElement(By.name("purpose"))).selectByValue("request");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the list is stored", b -> b.getCurrentUrl().matches(".*/desk/lists/[0-9a-f-]{36}$")
                    || !b.findElements(By.id("import-anyway")).isEmpty());
            if (!browser.findElements(By.id("import-anyway")).isEmpty()) {
                click(By.cssSelector("#import-anyway button[type=submit]"));
                waitFor("the held list is stored", b -> b.getCurrentUrl().matches(".*/desk/lists/[0-9a-f-]{36}$"));
            }
            String url = browser.getCurrentUrl();
            String list = url.substring(url.lastIndexOf('/') + 1);
            By sign = By.cssSelector("form[action='/desk/lists/" + list + "/document'][data-statement]");
            signWith(browser.findElement(sign), uaKey);
            waitFor("the list is signed", b -> b.findElements(sign).isEmpty() && !b.findElements(By.id("list-document-status")).isEmpty());
            return list;
        }

        /** Relays the one document awaiting relay; its envelope id. */
        private String relayTheOnlyDocumentInTheQueue() {
            signIn(MEDIATOR_DESK);
            List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-envelope]"));
            assertThat(rows).as("the relay queue").hasSize(1);
            String envelope = rows.get(0).getAttribute("data-envelope");
            rows.get(0).findElement(By.name("confirm")).click();
            rows.get(0).findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the relay is confirmed", b -> !b.findElements(By.id("relayed")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("tr[data-envelope]"))).isEmpty();
            return envelope;
        }

        /** {@code who} acknowledges, in its inbox, the relayed document {@code envelope}. */
        private void acknowledge(Fixture.Who who, String envelope, Path key) {
            signIn(who);
            click(By.cssSelector("nav a[href='/desk/documents']"));
            By ack = By.cssSelector("form[action='/desk/documents/" + envelope + "/acknowledgement'][data-statement]");
            signWith(browser.findElement(ack), key);
            waitFor("the acknowledgement is on the log", b -> b.getCurrentUrl().endsWith("/desk/documents")
                    && !b.findElements(By.cssSelector("nav.main-nav")).isEmpty()
                    && b.findElements(ack).isEmpty());
        }

        private void ruMatchesTheRequestAgainstThePeopleItHolds(String list) {
            signIn(B_DESK);
            click(By.cssSelector("nav a[href='/desk/matches']"));
            new Select(browser.findElement(By.id("left"))).selectByValue(list);
            new Select(browser.findElement(By.id("right"))).selectByValue(running.world().bPrisoners.toString());
            click(By.cssSelector("#start-form button[type=submit]"));
            // The run's page reloads itself until the run is done; then it shows its review queue.
            waitFor("the run is done", b -> !b.findElements(By.id("queue-empty")).isEmpty()
                    || !b.findElements(By.cssSelector("article.pair")).isEmpty());
            if (browser.findElements(By.cssSelector("article.pair")).isEmpty()) {
                click(By.cssSelector("main a[href$='?matches=1']"));
                waitFor("the run's matches", b -> !b.findElements(By.cssSelector("article.pair")).isEmpty());
            }
            WebElement pair = browser.findElements(By.cssSelector("article.pair")).stream()
                    .filter(p -> p.getText().contains("Коваленко")).findFirst().orElseThrow();
            By confirm = By.cssSelector("#" + pair.getAttribute("id") + " button[value=confirmed]");
            pair.findElement(By.cssSelector("button[value=confirmed]")).click();
            waitFor("the pair is confirmed", b -> !b.findElements(By.id("run-title")).isEmpty() && b.findElements(confirm).isEmpty());
        }

        private void uaProposesFiveForFive() {
            signIn(A_DESK);
            click(By.cssSelector("nav a[href='/desk/agreements']"));
            click(By.id("propose-link"));
            WebElement form = browser.findElement(By.id("proposal-form"));
            form.findElement(By.name("id")).sendKeys(id);
            new Select(form.findElement(By.name("counterparty"))).selectByValue("ru");
            form.findElement(By.name("first-gives")).sendKeys("5");
            form.findElement(By.name("second-gives")).sendKeys("5");
            form.findElement(By.cssSelector("input[name=categories][value=POW]")).click();
            // A date field takes its digits in the browser's order (en-US: month, day, year), as a person types them.
            form.findElement(By.name("nominations-by")).sendKeys("06052025");
            form.findElement(By.name("completed-by")).sendKeys("06302025");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the text to sign", b -> b.findElement(By.id("text-to-sign")).getText().contains("first-gives 5"));
            signWith(browser.findElement(By.cssSelector("form[data-statement]")), uaKey);
            waitFor("the agreement is proposed", b -> b.getCurrentUrl().endsWith("/desk/agreements/" + id)
                    && "PROPOSED".equals(b.findElement(By.id("agreement-state")).getAttribute("data-state")));
        }

        private void ruAccepts() {
            signIn(B_DESK);
            openAgreement();
            signWith(browser.findElement(By.cssSelector("#answer form[data-statement]")), ruKey);
            waitFor("the agreement is accepted", b -> "ACCEPTED".equals(b.findElement(By.id("agreement-state")).getAttribute("data-state")));
        }

        /** Nominates rows 1 to {@code rows} of {@code list}, those after {@code firm} as reserves. */
        private void nominate(Fixture.Who who, String list, int rows, int firm) {
            signIn(who);
            openAgreement();
            click(By.id("nominations-link"));
            new Select(browser.findElement(By.name("list"))).selectByValue(list);
            click(By.cssSelector("form.row-form[method=get] button[type=submit]"));
            waitFor("the list's rows to nominate", b -> b.findElement(By.cssSelector("#nominate input[name=list]")).getAttribute("value").equals(list));
            WebElement form = browser.findElement(By.id("nominate"));
            for (int row = 1; row <= rows; row++) {
                form.findElement(By.id("row-" + row)).click();
                if (row > firm) {
                    form.findElement(By.cssSelector("input[name=reserve][value='" + row + "']")).click();
                }
            }
            form.findElement(By.cssSelector("button[type=submit].primary")).click();
            waitFor("the rows are nominated", b -> b.findElements(By.id("row-1")).isEmpty());
        }

        private void uaProposesThePlan() {
            signIn(A_DESK);
            openAgreement();
            click(By.id("plans-link"));
            WebElement form = browser.findElement(By.id("plan-form"));
            form.findElement(By.name("slots")).sendKeys("2025-06-09; border; 3; 0; 0; 0\n2025-06-10; border; 4; 0; 0; 0");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("plan 1 is shown", b -> !b.findElements(By.cssSelector("form[action$='/plans/1/signature']")).isEmpty());
        }

        private void signThePlan(Fixture.Who who, Path key) {
            signIn(who);
            openAgreement();
            click(By.id("plans-link"));
            By sign = By.cssSelector("form[action$='/plans/1/signature'][data-statement]");
            signWith(browser.findElement(sign), key);
            waitFor("the plan is signed", b -> b.getCurrentUrl().contains("/plans") && b.findElements(sign).isEmpty());
        }

        private void mediatorConfirmsThePlan() {
            signIn(MEDIATOR_DESK);
            click(By.cssSelector("nav a[href='/desk/agreements']"));
            click(By.cssSelector("main a[href='/desk/agreements/" + id + "']"));
            click(By.id("plans-link"));
            By confirm = By.cssSelector("form[action$='/plans/1/confirmation'] button[type=submit]");
            click(confirm);
            waitFor("the plan is in force", b -> b.findElements(confirm).isEmpty());
        }

        private void uaRecordsTrancheOneWithARefusalAndAnAbsence() {
            signIn(A_DESK);
            openAgreement();
            click(By.cssSelector("#tranche-1 a"));
            WebElement form = browser.findElement(By.id("checklist"));
            new Select(form.findElement(By.name("interview-1"))).selectByValue("refuses");
            form.findElement(By.id("present-2")).click();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor("the handover is recorded", b -> !b.findElements(By.id("handover-result")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("#handover-result li"))).as("the refusal and the absence").hasSize(2);
            assertThat(browser.findElements(By.id("checklist"))).as("no second recording offered").isEmpty();
        }

        private void signTheAct(Fixture.Who who, Path key) {
            signIn(who);
            openAgreement();
            click(By.cssSelector("#tranche-1 a"));
            By sign = By.cssSelector("#act form[data-statement]");
            signWith(browser.findElement(sign), key);
            waitFor("the act is signed", b -> b.getCurrentUrl().contains("/tranches/1") && b.findElements(sign).isEmpty()
                    && !b.findElements(By.id("act")).isEmpty());
        }

        private void theActIsCompleteOnUasDesk() {
            signIn(A_DESK);
            openAgreement();
            click(By.cssSelector("#tranche-1 a"));
            waitFor("the act is signed by both sides", b -> !b.findElements(By.id("act-complete")).isEmpty());
        }

        private void move(Fixture.Who who, String outcome, String to, String reason) {
            signIn(who);
            openAgreement();
            click(By.cssSelector("#tranche-1 a"));
            WebElement row = browser.findElement(By.cssSelector("tr.outcome[data-outcome=" + outcome + "]"));
            new Select(row.findElement(By.name("to"))).selectByValue(to);
            row.findElement(By.name("reason")).sendKeys(reason);
            row.findElement(By.cssSelector("form.move button[type=submit]")).click();
            waitFor("the move to " + to + " is listed", b -> b.findElement(By.id("moves")).getText().contains(reason));
        }

        private void uaReplansFromReserves() {
            signIn(A_DESK);
            openAgreement();
            click(By.cssSelector("#parity-1 form.replan button[type=submit]"));
            waitFor("plan 2 is proposed", b -> !b.findElements(By.id("plan-2")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("form[action$='/plans/2/signature'][data-statement]")))
                    .as("the replan waits on the sides' signatures").isNotEmpty();
        }

        private void openAgreement() {
            click(By.cssSelector("nav a[href='/desk/agreements']"));
            click(By.cssSelector("main a[href='/desk/agreements/" + id + "']"));
            waitFor("the agreement's page", b -> !b.findElements(By.id("agreement-state")).isEmpty());
        }

        /**
         * Signs {@code who} in as a person does: on the login page, the language chosen from its switcher, then the
         * name and password; waits for the first page, in that language.
         */
        private void signIn(Fixture.Who who) {
            browser.get(base + "/login");
            browser.manage().deleteAllCookies();
            browser.get(base + "/login");
            click(By.cssSelector("nav.langs a[hreflang=" + lang + "]"));
            waitFor("the login page in " + lang, b -> lang.equals(b.findElement(By.tagName("html")).getAttribute("lang")));
            browser.findElement(By.id("username")).sendKeys(who.username());
            browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit].primary")).click();
            String first = base + (who == MEDIATOR_DESK ? "/desk/relays" : "/desk");
            waitFor("the first page of " + who, b -> b.getCurrentUrl().equals(first)
                    && lang.equals(b.findElement(By.tagName("html")).getAttribute("lang")));
        }

        private void signWith(WebElement form, Path key) {
            form.findElement(By.cssSelector("input[data-key-file]")).sendKeys(key.toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
        }

        private void click(By element) {
            waitFor(element + " to click", b -> !b.findElements(element).isEmpty());
            browser.findElement(element).click();
        }

        private void waitFor(String what, Function<WebDriver, Boolean> condition) {
            Chromium.waitAcrossNavigation(browser, 30, () -> what + "; status: " + browser.findElements(
                    By.cssSelector("[data-sign-status], #refusal, .alert, .error")).stream().map(WebElement::getText)
                    .toList() + " at " + browser.getCurrentUrl(), condition);
            // Before its user chose the language, the login page is in the browser's (English); the agreement's id,
            // typed by ua, is an identifier.
            if (!lang.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                return;
            }
            Set<String> english = new TreeSet<>(VisibleWords.english(VisibleWords.text(browser.getPageSource())));
            english.remove(id);
            if (!english.isEmpty()) {
                untranslated.put(browser.getCurrentUrl().replace(base, "") + " (" + what + ")", english);
            }
        }
    }
}
