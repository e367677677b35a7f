package org.repatria.server.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 3: documents are read by role, not only by party. A party's identification unit reads remains matters
 * (a remains list's document and the disputes about it), not the disputes its desk exchanged about a prisoner list.
 */
class DisputesByRoleTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String prisoners;
    private static String remains;
    private static String prisonersDispute;
    private static String prisonersAnswer;
    private static String remainsDispute;

    @BeforeAll
    static void setUp() {
        Documents.registerPartyKeys(running);
        prisoners = Disputed.relayedList(running, A_DESK, running.world().aPrisoners.toString(), "ru");
        var client = running.api(A_DESK);
        var imported = client.send(client.request("/api/v1/lists/import?title=bags&purpose=holding&category=remains")
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "id,surname,given_name,birth_date\n1,Коваль,Іван,1990\n")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        remains = Disputed.relayedList(running, A_DESK, Client.json(imported).get("list").get("id").asString(), "ru");
        prisonersDispute = Disputed.logged(Disputed.dispute(running, B_DESK, prisoners, "Row 2", "Captured in Kharkiv, not Sumy."));
        Disputed.relay(running, prisonersDispute);
        prisonersAnswer = Disputed.logged(Disputed.answer(running, A_DESK, prisonersDispute, "Our desk checked: Sumy."));
        Disputed.relay(running, prisonersAnswer);
        remainsDispute = Disputed.logged(Disputed.dispute(running, B_DESK, remains, "Bag 3", "Tag BT-3 is not on the list."));
        Disputed.relay(running, remainsDispute);
    }

    @Test
    void theIdentificationUnitDoesNotReadTheDisputeItsDeskReceivedAboutAPrisonerList() {
        JsonNode thread = Disputed.thread(running, A_IDENTIFICATION, prisoners);
        assertThat(thread.toString()).doesNotContain("Captured in Kharkiv").doesNotContain("Row 2");
        assertThat(thread.get("disputes").get(0).get("dispute").get("readable").asBoolean()).isFalse();
    }

    @Test
    void theIdentificationUnitDoesNotReadTheAnswerItsDeskWroteAboutAPrisonerList() {
        JsonNode thread = Disputed.thread(running, A_IDENTIFICATION, prisoners);
        assertThat(thread.toString()).doesNotContain("Our desk checked");
        assertThat(thread.get("disputes").get(0).get("answers").get(0).get("readable").asBoolean()).isFalse();
    }

    @Test
    void theDeskStillReadsTheWholePrisonerListThread() {
        JsonNode thread = Disputed.thread(running, A_DESK, prisoners);
        assertThat(thread.toString()).contains("Captured in Kharkiv").contains("Our desk checked");
    }

    @Test
    void theIdentificationUnitReadsTheDisputeAboutARemainsList() {
        JsonNode thread = Disputed.thread(running, A_IDENTIFICATION, remains);
        assertThat(thread.toString()).contains("Tag BT-3 is not on the list.");
    }

    @Test
    void theIdentificationUnitsDocumentsPageListsNoPrisonerListDispute() {
        String page = running.desk(A_IDENTIFICATION).get("/desk/documents").body();
        assertThat(page).doesNotContain(prisonersDispute).doesNotContain(prisonersAnswer).doesNotContain(prisoners);
    }

    @Test
    void theIdentificationUnitsDocumentsPageListsTheRemainsDispute() {
        String page = running.desk(A_IDENTIFICATION).get("/desk/documents").body();
        assertThat(page).contains(remainsDispute);
    }

    @Test
    void theIdentificationUnitsDeskThreadPageShowsNoPrisonerListDisputeText() {
        String page = running.desk(A_IDENTIFICATION).get("/desk/documents/" + prisoners + "/disputes").body();
        assertThat(page).doesNotContain("Captured in Kharkiv").doesNotContain("Our desk checked");
    }
}
