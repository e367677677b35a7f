package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.server.document.Documents;

/**
 * The terms' deadlines on the desk: the plan's date on the proposal form, and the agreement page's timeline on a test
 * clock — ua nominated (met today), ru did not and the nominations' date was yesterday (overdue, in red), the plan due
 * in 3 days — in English, Ukrainian and Russian.
 */
class DeadlinesDeskTest {
    private static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9)));
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(CLOCK));
    private static final String ID = "desk-dated";
    private static final Pattern ITEM = Pattern.compile("<li id=\"deadline-([a-z0-9-]+)\" data-standing=\"([a-z]+)\""
            + " class=\"[a-z]+\">(.*?)</li>", Pattern.DOTALL);
    private final Negotiator ua = new Negotiator(running, A_DESK);

    private static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
    }

    /** Five for five: nominations due yesterday, the plan in 3 days, completion in 30. */
    private static Map<String, List<String>> dated(String id) {
        Map<String, List<String>> form = Negotiator.fiveForFive(id);
        form.put("nominations-by", List.of(today().minusDays(1).toString()));
        form.put("plan-by", List.of(today().plusDays(3).toString()));
        form.put("completed-by", List.of(today().plusDays(30).toString()));
        return form;
    }

    @BeforeAll
    static void anAgreementUaNominatedFor() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Negotiator ua = new Negotiator(running, A_DESK);
        Negotiator ru = new Negotiator(running, B_DESK);
        HttpResponse<String> review = ua.post("/desk/proposals", dated(ID));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        Negotiator.relay(running, Negotiator.agreement(running, ID).get("steps").get(0).get("envelope_id").asString());
        ru.sign(ru.get("/desk/agreements/" + ID).body(), "/desk/agreements/" + ID + "/acceptance", Documents.RU_KEY);
        Negotiator.relay(running, Negotiator.agreement(running, ID).get("steps").get(1).get("envelope_id").asString());
        running.api(A_DESK).postJson("/api/v1/agreements/" + ID + "/nominations", "{\"list\":\""
                + running.world().aPrisoners + "\",\"nominees\":[{\"row\":\"1\",\"health\":\"fit\",\"reserve\":false}]}", 201);
    }

    /** The timeline's items on the mediator's page in {@code lang}: id → standing and text. */
    private static Map<String, String[]> timeline(String lang) {
        String page = running.desk(MEDIATOR_DESK).get("/desk/agreements/" + ID + "?lang=" + lang).body();
        Map<String, String[]> items = new java.util.LinkedHashMap<>();
        Matcher m = ITEM.matcher(page);
        while (m.find()) {
            items.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return items;
    }

    @Test
    void thePageShowsEachDeadlineInTheOrderTheyFallDue() {
        assertThat(timeline("en").keySet()).containsExactly("nominations-ua", "nominations-ru", "plan", "completion");
    }

    @Test
    void eachDeadlineShowsItsDate() {
        Map<String, String[]> items = timeline("en");
        assertThat(items.get("nominations-ru")[1]).contains(today().minusDays(1).toString());
        assertThat(items.get("plan")[1]).contains(today().plusDays(3).toString());
        assertThat(items.get("completion")[1]).contains(today().plusDays(30).toString());
    }

    @Test
    void aMissedDeadlineNotMetIsShownOverdueInRed() {
        String[] ru = timeline("en").get("nominations-ru");
        assertThat(ru[0]).isEqualTo("overdue");
        assertThat(ru[1]).contains("<span class=\"flag\">overdue by 1 day</span>");
    }

    @Test
    void aDeadlineMetShowsTheDayItWasMet() {
        String[] ua = timeline("en").get("nominations-ua");
        assertThat(ua[0]).isEqualTo("met");
        assertThat(ua[1]).contains("met on " + today()).doesNotContain("flag");
    }

    @Test
    void anOpenDeadlineCountsTheDaysLeft() {
        assertThat(timeline("en").get("plan")[1]).contains("Tranche plan in force").contains("3 days left");
    }

    @Test
    void inUkrainianTheTimelineSaysOverdueAndDaysLeftInUkrainian() {
        Map<String, String[]> items = timeline("uk");
        assertThat(items.get("nominations-ru")[1]).contains("прострочено на 1 день");
        assertThat(items.get("plan")[1]).contains("План етапів набуває чинності").contains("залишилося 3 дні");
        assertThat(items.get("nominations-ua")[1]).contains("виконано " + today());
    }

    @Test
    void inRussianTheTimelineSaysOverdueAndDaysLeftInRussian() {
        Map<String, String[]> items = timeline("ru");
        assertThat(items.get("nominations-ru")[1]).contains("просрочено на 1 день");
        assertThat(items.get("plan")[1]).contains("План этапов вступает в силу").contains("осталось 3 дня");
        assertThat(items.get("completion")[1]).contains("Обмен завершён");
    }

    @Test
    void theTermsNameThePlansDateInTheReadersLanguage() {
        assertThat(running.desk(B_DESK).get("/desk/agreements/" + ID + "?lang=uk").body())
                .contains("план чинний до: " + today().plusDays(3));
    }

    @Test
    void thePlansDateFromTheFormIsInTheTextToSign() {
        HttpResponse<String> review = ua.post("/desk/proposals", dated("desk-dated-two"));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("plan-by " + today().plusDays(3));
    }

    @Test
    void aPlanDateBeforeTheNominationsIsRefusedNamingPlanByAndNothingIsStored() {
        Map<String, List<String>> form = dated("desk-dated-three");
        form.put("plan-by", List.of(today().minusDays(2).toString()));
        HttpResponse<String> r = ua.post("/desk/proposals", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"plan-by\"").contains("value=\"" + today().minusDays(2) + "\"");
        assertThat(running.api(A_DESK).get("/api/v1/agreements/desk-dated-three").statusCode()).isEqualTo(404);
    }

    @Test
    void aProposalWithoutAPlanDateIsStillAccepted() {
        Map<String, List<String>> form = dated("desk-dated-four");
        form.remove("plan-by");
        HttpResponse<String> review = ua.post("/desk/proposals", form);
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).doesNotContain("plan-by ");
    }
}
