package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;

/** Lifecycle moves on the tranche page: each party is offered the moves its standing allows; the server checks again. */
class MovesDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static TwoTranches x;

    @BeforeAll
    static void planInForce() {
        TwoTranches.keys(running);
        x = TwoTranches.inForce(running, "moves-desk");
    }

    @Test
    void theMediatorIsOfferedARefusalOfRepatriationAndTheHolderNot() {
        assertThat(x.mediator.get(x.tranche(2)).body()).contains("<option value=\"REFUSED_REPATRIATION\">");
        assertThat(x.ua.get(x.tranche(2)).body()).contains("<option value=\"NOT_FOUND\">")
                .doesNotContain("<option value=\"REFUSED_REPATRIATION\">");
    }

    @Test
    void theHolderRecordsAPersonNotFoundAndTheMoveIsListed() {
        String list = running.world().bPrisoners.toString();
        HttpResponse<String> r = x.ru.post(x.tranche(2) + "/moves", Map.of("list", List.of(list), "row", List.of("5"),
                "to", List.of("NOT_FOUND"), "reason", List.of("moved to another camp")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(x.state(list, "5")).isEqualTo("NOT_FOUND");
        assertThat(x.ru.get(x.tranche(2) + "?lang=en").body()).contains("id=\"moves\"").contains("moved to another camp")
                .contains("in a tranche → not found");
    }

    @Test
    void aMoveTheSidesStandingDoesNotAllowIsRefusedInPlaceWithTheReasonAndNothingMoves() {
        String list = running.world().aPrisoners.toString();
        HttpResponse<String> r = x.ru.post(x.tranche(2) + "/moves", Map.of("list", List.of(list), "row", List.of("4"),
                "to", List.of("REFUSED_REPATRIATION"), "reason", List.of("")));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"move-refusal\"").contains("cannot move");
        assertThat(x.state(list, "4")).isEqualTo("IN_TRANCHE");
    }

    @Test
    void aStateThatDoesNotExistIsRefusedNamingTheField() {
        HttpResponse<String> r = x.ua.post(x.tranche(2) + "/moves", Map.of("list",
                List.of(running.world().aPrisoners.toString()), "row", List.of("4"), "to", List.of("GONE")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"moves[0].to\"");
    }
}
