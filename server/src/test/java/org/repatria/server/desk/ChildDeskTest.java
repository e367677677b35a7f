package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListId;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;
import org.repatria.server.child.ChildCaseFixture;

/** The children's desk: the requesting side's child worker fills a case in; others see counts; supervisors the reads. */
class ChildDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static ListId list;
    private static String cases;

    @BeforeAll
    static void aRelayedChildrensListAndItsWorkers() {
        ChildWorkers.add(running);
        list = ChildCaseFixture.relayed(running, "Депортовані діти");
        cases = "/desk/children/" + list + "/cases/";
    }

    private static Client ua() {
        return ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN);
    }

    @Test
    void aChildWorkerOfTheRequestingSideSavesTheParticularsThroughTheForm() {
        Client ua = ua();
        String form = "guardians=" + enc("Ірина Мельник (мати)") + "&guardian_contact=" + enc("+380 50 000 00 00")
                + "&institution=" + enc("інтернат №2");

        HttpResponse<String> saved = ua.post(cases + "c2/particulars", form, "application/x-www-form-urlencoded");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String page = ChildWorkers.desk(running, ChildWorkers.RU_CHILDREN).get(cases + "c2").body();
        assertThat(page).contains("Ірина Мельник (мати)").contains("інтернат №2").doesNotContain("particulars-form");
    }

    @Test
    void theCasePageShowsWhatTheListGivesUntilSomethingIsEntered() {
        String page = ua().get(cases + "c1").body();

        assertThat(page).contains("father: Петро Бондар; mother: Олена Бондар").contains("2022-10-21")
                .contains("particulars-form").contains("/photos/");
    }

    @Test
    void aPhotographUploadedOnTheDeskShowsOnTheCase() {
        Multipart m = Multipart.of(Map.of("caption", "2023"), "photo.png", ChildCaseFixture.png());
        Client ua = ua();

        HttpResponse<String> r = ua.send(ua.request(cases + "c2/photos").header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(ua.get(cases + "c2").body()).contains("<figcaption class=\"verbatim\">2023</figcaption>");
    }

    @Test
    void thePartysOtherDeskSeesTheCountOnlyAndIsRefusedTheCase() {
        Client desk = running.desk(Who.A_DESK);

        assertThat(desk.get("/desk/children").body()).contains("children-counts-only").doesNotContain(cases);
        HttpResponse<String> refused = desk.get(cases + "c1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Бондар").contains("data-error=\"children_only\"");
    }

    @Test
    void theSupervisorReadsTheRecordOfReadsOnTheDesk() {
        ChildWorkers.desk(running, ChildWorkers.RU_CHILDREN).get(cases + "c1");

        HttpResponse<String> page = ChildWorkers.desk(running, ChildWorkers.UA_SUPERVISOR).get("/desk/access-log?subject=child");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(ChildWorkers.RU_CHILDREN).contains("the case");
    }

    @Test
    void aDeskThatDoesNotSuperviseIsRefusedTheRecordOfReads() {
        assertThat(ua().get("/desk/access-log").statusCode()).isEqualTo(403);
    }

    @Test
    void theCaseShowsTheAnswerTheMediatorRelayedToTheRequestingSide() {
        String requested = ChildWorkers.relayedChildren(running, "Діти, запит з відповіддю");
        running.api(Who.MEDIATOR_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");
        byte[] answers = ("row_id,status,date,place,surname,given_name,patronymic,note\n"
                + "1,located,2024-03,Таганрог,Іванова,Марія,,у прийомній родині\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answered = ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).postJson("/api/v1/requests/"
                + requested + "/answers/server-held-signature", "{\"content\":\""
                + java.util.Base64.getEncoder().encodeToString(answers) + "\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        String page = "/desk/children/" + requested + "/cases/1";
        assertThat(ua().get(page).body()).doesNotContain("Таганрог");

        HttpResponse<String> relayed = running.api(Who.MEDIATOR_DESK).post("/api/v1/documents/"
                + Client.json(answered).get("envelope_id").asString() + "/relay", "", "application/json");

        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(201);
        assertThat(ua().get(page).body()).contains("Таганрог").contains("Іванова Марія").contains("у прийомній родині");
    }

    @Test
    void aSupervisorGrantsTheChildrenPermissionOnTheDesk() {
        Client supervisor = ChildWorkers.desk(running, ChildWorkers.RU_SUPERVISOR);
        assertThat(supervisor.get("/desk/permissions").body()).contains("b-desk");

        HttpResponse<String> r = supervisor.post("/desk/permissions", "username=b-desk&permission=children&action=grant",
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(running.world().store.permissions().of("b-desk")).contains(org.repatria.core.account.Permission.CHILDREN);
        running.world().store.permissions().revoke("b-desk", org.repatria.core.account.Permission.CHILDREN);
    }

    @Test
    void thePermissionsPagesGrantAndRevokeButtonsAreReadableOnTheWhiteCardNotTheHeadersWhiteOnDarkStyle() {
        String page = ChildWorkers.desk(running, ChildWorkers.RU_SUPERVISOR).get("/desk/permissions?lang=ru").body();

        assertThat(page).contains("class=\"permission-change\"");
        assertThat(page.split("class=\"link-button\"", -1)).as("only the header's logout button").hasSize(2);
    }

    @Test
    void aDeskThatDoesNotSuperviseIsRefusedThePermissionsPage() {
        assertThat(running.desk(Who.B_DESK).get("/desk/permissions").statusCode()).isEqualTo(403);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
