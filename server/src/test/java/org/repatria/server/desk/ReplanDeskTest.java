package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * A tranche that broke parity, replanned on the desk alone: the mediator records the refusal and ua the person not
 * found (lifecycle moves on the tranche page), the flag's replan button proposes a plan making both good from ua's
 * reserves in tranche 2, both sides sign it, the mediator confirms it, and the flag is gone.
 */
class ReplanDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);

    @BeforeAll
    static void keys() {
        TwoTranches.keys(running);
    }

    @Test
    void aReplanWithoutReservesIsRefusedOnThePlansPageWithTheReasonAndNoPlanIsStored() {
        TwoTranches x = TwoTranches.inForce(running, "replan-no-reserves", 5);
        assertThat(x.uaRecordsOneRefusedOneAbsent().statusCode()).isEqualTo(200);
        String list = running.world().aPrisoners.toString();
        String page = x.mediator.get(x.tranche(1)).body();
        assertThat(x.mediator.post(x.tranche(1) + "/moves", Map.of("list", List.of(list), "row",
                List.of(row(page, "REFUSED")), "to", List.of("REFUSED_REPATRIATION"))).statusCode()).isEqualTo(303);

        HttpResponse<String> r = x.ua.post(x.plans(), Map.of("replan", List.of("true")));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"").contains("nominate more reserves");
        assertThat(x.plansReply()).hasSize(1);
    }

    @Test
    void aTrancheThatBrokeParityIsMadeGoodFromReservesByAReplanClickedOnTheDesk() {
        TwoTranches x = TwoTranches.inForce(running, "replan-desk");
        assertThat(x.uaRecordsOneRefusedOneAbsent().statusCode()).isEqualTo(200);
        String list = running.world().aPrisoners.toString();
        assertThat(x.ua.get(x.agreementPage()).body()).contains("id=\"parity-1\"").doesNotContain("class=\"replan\"");

        String mediatorPage = x.mediator.get(x.tranche(1)).body();
        HttpResponse<String> refused = x.mediator.post(x.tranche(1) + "/moves", Map.of("list", List.of(list),
                "row", List.of(row(mediatorPage, "REFUSED")), "to", List.of("REFUSED_REPATRIATION"),
                "reason", List.of("private interview")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(303);
        HttpResponse<String> absent = x.ua.post(x.tranche(1) + "/moves", Map.of("list", List.of(list),
                "row", List.of(row(mediatorPage, "ABSENT")), "to", List.of("NOT_FOUND"), "reason", List.of("not at the camp")));
        assertThat(absent.statusCode()).as(absent.body()).isEqualTo(303);

        String flagged = x.ua.get(x.agreementPage()).body();
        assertThat(flagged).contains("class=\"replan\"");
        HttpResponse<String> replan = x.ua.post(x.plans(), Map.of("replan", List.of("true")));
        assertThat(replan.statusCode()).as(replan.body()).isEqualTo(303);
        List<JsonNode> plans = x.plansReply();
        assertThat(plans).hasSize(2);
        assertThat(plans.get(1).get("tranches").get(1).get("make_good").get("ua").asInt()).isEqualTo(2);
        assertThat(x.ua.get(x.agreementPage()).body()).contains("class=\"replan-proposed\"").doesNotContain("class=\"replan\"");

        x.signAndConfirm(2);
        assertThat(x.state(list, "6")).isEqualTo("IN_TRANCHE");
        assertThat(x.state(list, "7")).isEqualTo("IN_TRANCHE");
        assertThat(x.ru.get(x.agreementPage()).body()).doesNotContain("id=\"parity-1\"");
    }

    /** The row of the first line of the crossing section with {@code outcome}. */
    private static String row(String page, String outcome) {
        Matcher m = Pattern.compile("data-outcome=\"" + outcome + "\" data-row=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(outcome + " in " + page).isTrue();
        return m.group(1);
    }
}
