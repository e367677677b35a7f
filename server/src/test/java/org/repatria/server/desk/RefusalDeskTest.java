package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.FiveForFive;
import tools.jackson.databind.JsonNode;

/**
 * A refused step on the desk says why in the reader's language, with the API's own words and the field at fault, and
 * a refused form keeps what was typed: the three refusals of the walk (signing an act before the other side's
 * signature was relayed, a key file nobody registered, recording at the crossing once the act is being signed).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefusalDeskTest {
    private static final String CHECKLIST = "/desk/agreements/" + FiveForFive.ID + "/tranches/1";
    private static final String ACT = "/api/v1/agreements/" + FiveForFive.ID + "/tranches/1/act";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void uaHandedOverAndSignedTheAct() {
        FiveForFive.handedOverByUa(running);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Negotiator ua = new Negotiator(running, A_DESK);
        HttpResponse<String> r = ua.sign(ua.get(CHECKLIST).body(), CHECKLIST + "/act/signature", Documents.UA_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }

    @Test
    @Order(1)
    void signingTheActBeforeTheOtherSidesSignatureIsRelayedSaysSoInUkrainian() {
        HttpResponse<String> r = new Negotiator(running, B_DESK).post(CHECKLIST + "/act/signature?lang=uk",
                Map.of("statement", List.of("x"), "content", List.of("eA=="), "signature", List.of("x")));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"refusal\"", "Підписаний документ іншої сторони вам ще не передано")
                .doesNotContain("The request was refused");
        assertThat(act().get("signatures")).hasSize(1);
    }

    @Test
    @Order(2)
    void recordingAgainOnceTheActIsBeingSignedIsRefusedInRussianAndNoSecondFormIsOffered() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("present", List.of("0", "2"));
        form.put("interview-2", List.of("refuses"));
        form.put("extra", List.of("MI-777; Хтось Новий"));

        HttpResponse<String> r = new Negotiator(running, B_DESK).post(CHECKLIST + "?lang=ru", form);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("Акт этого этапа уже подписывают",
                "id=\"present-0\" checked", "id=\"present-2\" checked", "<option value=\"refuses\" selected",
                ">MI-777; Хтось Новий</textarea>").doesNotContain("id=\"present-1\" checked");
    }

    @Test
    @Order(3)
    void aKeyFileNobodyRegisteredIsRefusedWithTheReasonAndNothingIsSigned() {
        Negotiator.relay(running, act().get("signatures").get(0).get("envelope_id").asString());
        Negotiator ru = new Negotiator(running, B_DESK);
        NoteSigner stranger = NoteSigner.generate("stranger", KeyType.ED25519, new SecureRandom());

        HttpResponse<String> r = ru.sign(ru.get(CHECKLIST).body(), CHECKLIST + "/act/signature?lang=uk", stranger);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"", "Підпис не перевіряється ключем, зареєстрованим для вашої сторони",
                "it is signed with key stranger+", "which is not registered for ru");
        assertThat(act().get("signatures")).hasSize(1);
    }

    @Test
    void aRefusedPageSaysTheReasonInTheReadersLanguageAndLinksBackToTheDeskPageItCameFrom() {
        Negotiator.proposedAndRelayed(running, "pending-talks");
        Client desk = running.desk(A_DESK);
        String from = "http://localhost:" + running.port() + "/desk/agreements/pending-talks";

        HttpResponse<String> r = desk.send(desk.request("/desk/agreements/pending-talks/tranches/1?lang=uk")
                .header("Referer", from).GET());

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("data-error=\"not_accepted\"", "Угоду ще не прийнято",
                "agreement pending-talks is not accepted yet", "href=\"/desk/agreements/pending-talks\" id=\"refusal-back\"");
    }

    @Test
    void aRefusedPageNeverLinksBackToAnotherSite() {
        Client desk = running.desk(A_DESK);
        HttpResponse<String> r = desk.send(desk.request("/desk/agreements/nowhere/tranches/1")
                .header("Referer", "https://evil.example/desk/agreements").GET());

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("refusal-back").doesNotContain("evil.example");
    }

    @Test
    void aRefusedNominationShowsTheRowsAndReservesTickedAsTheyWere() {
        Negotiator.accepted(running, "kept-ticks");
        String page = "/desk/agreements/kept-ticks/nominations";
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("list", List.of(running.world().aPrisoners.toString()));
        form.put("row", List.of("3", "4"));
        form.put("reserve", List.of("4"));
        form.put("health-3", List.of("no-such-class"));

        HttpResponse<String> r = new Negotiator(running, A_DESK).post(page + "?lang=uk", form);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"refusal\"", "Поле з помилкою", "id=\"row-3\" checked", "id=\"row-4\" checked",
                "name=\"reserve\" value=\"4\" checked").doesNotContain("id=\"row-2\" checked");
    }

    private static JsonNode act() {
        return Client.json(running.api(MEDIATOR_DESK).get(ACT));
    }
}
