package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/** The tranche plan on the desk: asked from slots, shown with parity and explanations, signed by both, confirmed. */
class PlanDeskTest {
    private static final String ID = "plan-desk";
    private static final String PLANS = "/desk/agreements/" + ID + "/plans";
    private static final String API = "/api/v1/agreements/" + ID;
    private static final String SLOT = "2025-06-09; border; 5; 0; 0; 0";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private final Negotiator ua = new Negotiator(running, A_DESK);
    private final Negotiator ru = new Negotiator(running, B_DESK);

    @BeforeAll
    static void acceptedAndNominated() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Negotiator.accepted(running, ID);
        nominate(A_DESK, running.world().aPrisoners.toString());
        nominate(B_DESK, running.world().bPrisoners.toString());
    }

    @Test
    void aSideAsksThePlannerAndSeesEachTranchesParityAndExplanation() {
        HttpResponse<String> r = ua.post(PLANS, Map.of("slots", List.of(SLOT)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = ua.get(PLANS + "?lang=en").body();
        assertThat(page).contains("id=\"plan-1\"").contains("class=\"explanation\"").contains("<li>")
                .contains("Persons each side hands over in tranche 1");
    }

    @Test
    void aSlotWithWordsForNumbersIsRefusedNamingTheFieldAndNoPlanIsStored() {
        int before = plans().size();
        HttpResponse<String> r = ua.post(PLANS, Map.of("slots", List.of("2025-06-09; border; five; 0; 0; 0")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"slots\"").contains("line 1");
        assertThat(plans()).hasSize(before);
    }

    @Test
    void bothSidesSignThePlanAndTheMediatorPutsItInForce() {
        assertThat(ua.post(PLANS, Map.of("slots", List.of(SLOT))).statusCode()).isEqualTo(303);
        int number = plans().size();
        String action = PLANS + "/" + number + "/signature";
        assertThat(ua.sign(ua.get(PLANS).body(), action, Documents.UA_KEY).statusCode()).isEqualTo(303);
        relay(plans().get(number - 1).get("signatures").get(0).get("envelope_id").asString());
        assertThat(ru.sign(ru.get(PLANS).body(), action, Documents.RU_KEY).statusCode()).isEqualTo(303);
        relay(plans().get(number - 1).get("signatures").get(1).get("envelope_id").asString());
        Negotiator mediator = new Negotiator(running, MEDIATOR_DESK);
        assertThat(mediator.get(PLANS).body()).contains(PLANS + "/" + number + "/confirmation");
        assertThat(mediator.post(PLANS + "/" + number + "/confirmation", Map.of()).statusCode()).isEqualTo(303);
        assertThat(plans().get(number - 1).get("accepted").asBoolean()).isTrue();
    }

    @Test
    void aHandEditBreakingParityIsRefusedWithThePlansProblemsAndNoVersionIsStored() {
        int number = twoTranches();
        Map<String, List<String>> form = members(number);
        String moved = form.keySet().stream().filter(k -> form.get(k).equals(List.of("1"))).findFirst().orElseThrow();
        form.put(moved, List.of("2"));
        int before = plans().size();
        HttpResponse<String> r = ua.post(PLANS + "/" + number + "/edit", form);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"").contains("id=\"plan-edit\"");
        assertThat(plans()).hasSize(before);
    }

    @Test
    void aHandEditMovingOneFromEachSideIsANewVersion() {
        int number = twoTranches();
        Map<String, List<String>> form = members(number);
        moveOneFromEachSide(number, form, "2");
        HttpResponse<String> r = ua.post(PLANS + "/" + number + "/edit", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(plans()).hasSize(number + 1);
    }

    @Test
    void aHandEditMovesATranchesDateAndOpensANewTrancheForOneFromEachSide() {
        int number = twoTranches();
        Map<String, List<String>> form = members(number);
        moveOneFromEachSide(number, form, "3");
        form.put("date-2", List.of("2025-06-12"));
        form.putAll(Map.of("date-3", List.of("2025-06-14"), "crossing-3", List.of("second bridge"), "seats-3", List.of("2")));
        HttpResponse<String> r = ua.post(PLANS + "/" + number + "/edit", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        JsonNode tranches = plans().get(number).get("tranches");
        assertThat(tranches).hasSize(3);
        assertThat(tranches.get(1).get("date").asString()).isEqualTo("2025-06-12");
        assertThat(tranches.get(2).get("crossing").asString()).isEqualTo("second bridge");
        assertThat(tranches.get(2).get("date").asString()).isEqualTo("2025-06-14");
    }

    @Test
    void aNewTrancheWithoutADateIsRefusedNamingTheFieldAndNoVersionIsStored() {
        int number = twoTranches();
        Map<String, List<String>> form = members(number);
        moveOneFromEachSide(number, form, "3");
        form.put("crossing-3", List.of("second bridge"));
        HttpResponse<String> r = ua.post(PLANS + "/" + number + "/edit", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"date-3\"").contains("value=\"second bridge\"");
        assertThat(plans()).hasSize(number);
    }

    @Test
    void aTrancheNumberTheEditDoesNotOfferIsRefusedRatherThanDroppingThePerson() {
        int number = twoTranches();
        Map<String, List<String>> form = members(number);
        form.put("tranche-0", List.of("9"));
        HttpResponse<String> r = ua.post(PLANS + "/" + number + "/edit", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"tranche-0\"");
        assertThat(plans()).hasSize(number);
    }

    /** Puts the first person of each side into tranche {@code to} in {@code form}. */
    private void moveOneFromEachSide(int number, Map<String, List<String>> form, String to) {
        String page = ua.get(PLANS + "/" + number + "/edit").body();
        for (String list : List.of(running.world().aPrisoners.toString(), running.world().bPrisoners.toString())) {
            Matcher m = Pattern.compile("data-list=\"" + Pattern.quote(list) + "\" data-row=\"\\d+\"><td><span class=\"verbatim\">[^<]*</span><br><span"
                    + " class=\"muted\">[^<]*</span></td><td>regular</td>\\s*<td><select name=\"(tranche-\\d+)\"")
                    .matcher(page);
            assertThat(m.find()).as(list + " in " + page).isTrue();
            form.put(m.group(1), List.of(to));
        }
    }

    /** A plan of two tranches, three and two from each side; its number. */
    private int twoTranches() {
        assertThat(ua.post(PLANS, Map.of("slots", List.of("2025-06-09; border; 3; 0; 0; 0\n2025-06-10; border; 3; 0; 0; 0")))
                .statusCode()).isEqualTo(303);
        return plans().size();
    }

    /** The edit form as offered: each member's tranche field and its current tranche. */
    private Map<String, List<String>> members(int number) {
        Matcher m = Pattern.compile("<select name=\"(tranche-\\d+)\"[^>]*>\\s*<option value=\"1\"( selected)?")
                .matcher(ua.get(PLANS + "/" + number + "/edit").body());
        Map<String, List<String>> form = new HashMap<>();
        while (m.find()) {
            form.put(m.group(1), List.of(m.group(2) != null ? "1" : "2"));
        }
        assertThat(form).hasSize(10);
        return form;
    }

    private static void nominate(Fixture.Who who, String list) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            rows.append(i > 1 ? "," : "").append("{\"row\":\"").append(i).append("\",\"health\":\"fit\",\"reserve\":false}");
        }
        HttpResponse<String> r = running.api(who).postJson(API + "/nominations", "{\"list\":\"" + list
                + "\",\"nominees\":[" + rows + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static void relay(String envelope) {
        Negotiator.relay(running, envelope);
    }

    private static List<JsonNode> plans() {
        List<JsonNode> all = new ArrayList<>();
        Client.json(running.api(MEDIATOR_DESK).get(API + "/plans")).forEach(all::add);
        return all;
    }
}
