package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.Signer;

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
        Map<String, String[]> items = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(page);
        while (m.find()) {
            items.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return items;
    }

    private static final Pattern TODAY = Pattern.compile("data-kind=\"([A-Z_]+)\">\\s*<td>[^<]*</td>\\s*<td><a href=\""
            + "([^\"]+)\"[^>]*>[^<]*</a>(?:\\s*<code[^>]*>[^<]*</code>)?</td>\\s*<td class=\"nowrap\">([^<]*)</td>\\s*<td class=\"nowrap today-left\">([^<]*)</td>");

    /** The mediator's work for today, each row as "KIND link deadline left". */
    private static List<String> workForToday() {
        Matcher m = TODAY.matcher(running.desk(MEDIATOR_DESK).get("/desk/today?lang=en").body());
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        return rows;
    }

    @Test
    void onTheMediatorsWorkForTodayAPlanIsDueByThePlansDateAndATrancheOnItsDay() {
        String id = "desk-dated-plan";
        Negotiator ua = new Negotiator(running, A_DESK);
        Negotiator ru = new Negotiator(running, B_DESK);
        HttpResponse<String> review = ua.post("/desk/proposals", dated(id));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        Negotiator.relay(running, Negotiator.agreement(running, id).get("steps").get(0).get("envelope_id").asString());
        ru.sign(ru.get("/desk/agreements/" + id).body(), "/desk/agreements/" + id + "/acceptance", Documents.RU_KEY);
        Negotiator.relay(running, Negotiator.agreement(running, id).get("steps").get(1).get("envelope_id").asString());
        String base = "/api/v1/agreements/" + id;
        running.api(A_DESK).postJson(base + "/nominations", fiveOf(running.world().aPrisoners.toString()), 201);
        running.api(B_DESK).postJson(base + "/nominations", fiveOf(running.world().bPrisoners.toString()), 201);
        LocalDate crossing = today().plusDays(4);
        var plan = running.api(MEDIATOR_DESK).postJson(base + "/plans", "{\"slots\":[{\"date\":\"" + crossing
                + "\",\"crossing\":\"border\",\"seats\":5,\"stretchers\":0,\"wagons\":0,\"bodies_per_wagon\":0}]}", 201);
        assertThat(workForToday()).contains("SIGN_PLAN /desk/agreements/" + id + "/plans " + today().plusDays(3) + " 3 days left");

        AtomicInteger entries = new AtomicInteger();
        var mediator = running.api(MEDIATOR_DESK);
        var uaSigner = new Signer(Fixture.A, running.api(A_DESK), mediator, entries).at(CLOCK);
        var ruSigner = new Signer(Fixture.B, running.api(B_DESK), mediator, entries).at(CLOCK);
        byte[] text = running.api(A_DESK).get(base + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        var signed = uaSigner.submit(base + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B,
                text, Optional.of(plan.get("anchor").asString()));
        ruSigner.submit(base + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        mediator.postJson(base + "/plans/1/confirmation", "{}", 200);
        assertThat(workForToday()).filteredOn(r -> r.startsWith("CROSS /desk/agreements/" + id + "/tranches/1 ")).hasSize(2)
                .allMatch(r -> r.endsWith(crossing + " 4 days left"));
    }

    private static String fiveOf(String list) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            rows.append(i == 1 ? "" : ",").append("{\"row\":\"").append(i).append("\",\"health\":\"fit\",\"reserve\":false}");
        }
        return "{\"list\":\"" + list + "\",\"nominees\":[" + rows + "]}";
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
