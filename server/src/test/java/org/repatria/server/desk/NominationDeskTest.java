package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/** Nominating on the desk: rows ticked from one of the side's own lists, each shown with its eligibility verdict. */
class NominationDeskTest {
    private static final String ID = "nominations-desk";
    private static final String PAGE = "/desk/agreements/" + ID + "/nominations";

    @RegisterExtension
    static final RunningServer running = new RunningServer(6);
    private final Negotiator ua = new Negotiator(running, A_DESK);

    @BeforeAll
    static void accepted() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Negotiator.accepted(running, ID);
    }

    @Test
    void theSidesOwnListIsOfferedRowByRow() {
        String page = ua.get(PAGE + "?list=" + running.world().aPrisoners).body();
        assertThat(page).contains("id=\"row-1\"").contains("id=\"row-2\"").doesNotContain(running.world().bPrisoners.toString());
    }

    @Test
    void eachRowOfTheChosenListShowsItsVerdictBeforeItIsNominated() {
        String page = ua.get(PAGE + "?lang=en&list=" + running.world().aPrisoners).body();
        assertThat(page).contains("id=\"verdict-1\"").containsPattern("id=\"verdict-1\">eligible<");
    }

    @Test
    void allEligibleNominatesOnlyTheRowsWhoseVerdictIsEligible() {
        HttpResponse<String> r = ua.post(PAGE, Map.of("list", List.of(running.world().aPrisoners.toString()),
                "all", List.of("1"), "shown", List.of("5", "6"), "health-5", List.of("fit"),
                "health-6", List.of("not-applicable")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(nominated()).extracting(n -> n.get("row").asString()).contains("5").doesNotContain("6");
    }

    @Test
    void tickedRowsAreNominatedAndEachShowsItsVerdict() {
        HttpResponse<String> r = ua.post(PAGE, Map.of("list", List.of(running.world().aPrisoners.toString()),
                "row", List.of("1", "2"), "health-1", List.of("fit"), "health-2", List.of("wounded")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(nominated()).extracting(n -> n.get("row").asString()).contains("1", "2");
        assertThat(ua.get(PAGE + "?lang=en").body()).contains("<td>eligible</td>");
    }

    @Test
    void theHealthClassOfferedFollowsWhatTheListSaysAndShowsItsWords() {
        String csv = "id,surname,given_name,patronymic,sex,birth_date,birth_place,military_id,unit,rank,category,health\n"
                + "h1,Коваль,Петро,Іванович,M,1990-01-02,Київ,AA100,10 ОМБр,солдат,POW,важкопоранений\n"
                + "h2,Мельник,Іван,Петрович,M,1991-03-04,Львів,AA101,10 ОМБр,солдат,POW,здоровий\n";
        Client api = running.api(A_DESK);
        HttpResponse<String> imported = api.send(api.request("/api/v1/lists/import?title=health&purpose=holding"
                + "&accept_warnings=true").header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String page = ua.get(PAGE + "?lang=en&list=" + Client.json(imported).get("list").get("id").asString()).body();
        assertThat(page).containsPattern("name=\"health-h1\">\\s*(<option[^>]*>[^<]*</option>)*"
                + "<option value=\"seriously-wounded-or-sick\" selected")
                .containsPattern("name=\"health-h2\">\\s*<option value=\"fit\" selected")
                .contains("id=\"list-health-h1\">List says: <span class=\"verbatim\">важкопоранений");
    }

    @Test
    void aHealthClassTheTermsDoNotCoverIsNominatedAsIneligibleWithTheReason() {
        HttpResponse<String> r = ua.post(PAGE, Map.of("list", List.of(running.world().aPrisoners.toString()),
                "row", List.of("3"), "health-3", List.of("not-applicable")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(ua.get(PAGE + "?lang=en").body()).contains("not eligible: state of health not applicable");
    }

    @Test
    void theOtherSidesListIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = nominated().size();
        HttpResponse<String> r = ua.post(PAGE, Map.of("list", List.of(running.world().bPrisoners.toString()),
                "row", List.of("4")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"list\"");
        assertThat(nominated()).hasSize(before);
    }

    @Test
    void theMediatorSeesTheNominationsButIsNotOfferedRowsToNominate() {
        String page = new Negotiator(running, MEDIATOR_DESK).get(PAGE).body();
        assertThat(page).doesNotContain("id=\"nominate\"");
    }

    private static List<JsonNode> nominated() {
        List<JsonNode> all = new ArrayList<>();
        Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + ID + "/nominations")).forEach(all::add);
        return all;
    }
}
