package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.document.DocumentType;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** The exchange API's refusals and need-to-know, on a five-for-five exchange between the fixture's two sides. */
class ExchangeApiTest {
    private static final String ID = FiveForFive.ID;
    private static final String AGREEMENT = FiveForFive.AGREEMENT;

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Signer ua;
    private static Signer ru;

    @BeforeAll
    static void fiveForFiveIsPlannedAndHandedOverFromUa() {
        FiveForFive x = FiveForFive.handedOverByUa(running);
        ua = x.ua;
        ru = x.ru;
    }

    private static Agreement agreement(String id, int each) {
        return FiveForFive.agreement(id, each);
    }

    private static byte[] text(Agreement a) {
        return FiveForFive.text(a);
    }

    @Test
    void anObserverSeesAnAgreementOnlyOnceGrantedAndThenNoPersons() {
        Client observer = running.api(OBSERVER_DESK);
        assertThat(observer.get(AGREEMENT).statusCode()).isEqualTo(404);
        post(running.api(MEDIATOR_DESK), AGREEMENT + "/grants", "{\"observer\":\"icrc\"}", 201);

        assertThat(get(observer, AGREEMENT).get("progress").has("HANDED_OVER")).isTrue();
        assertThat(observer.get(AGREEMENT + "/tranches/1").statusCode()).isEqualTo(403);
        assertThat(observer.get(AGREEMENT + "/report/csv").statusCode()).isEqualTo(403);
        HttpResponse<String> pdf = observer.get(AGREEMENT + "/report/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void aSideSeesOnlyItsOwnNominations() {
        JsonNode seen = get(ru.client, AGREEMENT + "/nominations");
        assertThat(seen).hasSize(5).allMatch(n -> n.get("party").asString().equals("ru"));
        assertThat(get(running.api(MEDIATOR_DESK), AGREEMENT + "/nominations")).anyMatch(n -> n.get("party").asString().equals("ua"))
                .anyMatch(n -> n.get("party").asString().equals("ru"));
    }

    @Test
    void acceptingOnesOwnProposalIsRefusedAndNothingIsStored() {
        String path = "/api/v1/agreements/own-accept";
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text(agreement("own-accept", 3)),
                Optional.empty());
        HttpResponse<String> r = ua.client.postJson(path + "/acceptance", ua.sign(DocumentType.ANSWER, Fixture.B,
                text(agreement("own-accept", 3)), Optional.of(opened.get("steps").get(0).get("envelope_id").asString())).body());

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(get(ua.client, path).get("steps")).hasSize(1);
    }

    @Test
    void aTextTheMediatorProposesIsRefusedAndNothingIsLogged() {
        Signer mediator = new Signer(Fixture.MEDIATOR, running.api(MEDIATOR_DESK), running.api(MEDIATOR_DESK),
                new java.util.concurrent.atomic.AtomicInteger());
        Signer.Signed signed = mediator.sign(DocumentType.PROPOSAL, Fixture.A, text(agreement("by-mediator", 4)),
                java.util.Optional.empty());

        HttpResponse<String> r = mediator.client.postJson("/api/v1/agreements", signed.body());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(running.world().store.documents().document(signed.envelopeId())).isEmpty();
        assertThat(running.world().store.exchanges().agreement("by-mediator")).isEmpty();
    }

    @Test
    void anAnswerToADocumentTheMediatorHasNotRelayedIsRefused() {
        String path = "/api/v1/agreements/unrelayed";
        JsonNode opened = ru.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.A, text(agreement("unrelayed", 2)),
                Optional.empty());
        Signer.Signed counter = ua.sign(DocumentType.PROPOSAL, Fixture.B, text(agreement("unrelayed", 3)),
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        post(ua.client, path + "/counter", counter.body(), 201);
        HttpResponse<String> r = ru.client.postJson(path + "/acceptance", ru.sign(DocumentType.ANSWER, Fixture.A,
                text(agreement("unrelayed", 3)), Optional.of(counter.envelopeId())).body());

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("has not relayed");
    }

    @Test
    void aNominationNamingARowTheListLacksIsRefusedNamingTheFieldAndStoresNothing() {
        String body = "{\"list\":\"" + running.world().aPrisoners + "\",\"nominees\":[{\"row\":\"20\",\"health\":\"fit\","
                + "\"reserve\":true},{\"row\":\"no-such-row\",\"health\":\"fit\",\"reserve\":true}]}";
        int before = get(ua.client, AGREEMENT + "/nominations").size();
        HttpResponse<String> r = ua.client.postJson(AGREEMENT + "/nominations", body);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("nominees[1].row");
        assertThat(get(ua.client, AGREEMENT + "/nominations")).hasSize(before);
    }

    @Test
    void anIneligibleNomineeIsKeptWithTheReasonAndNotMoved() {
        String body = "{\"list\":\"" + running.world().aRemains + "\",\"nominees\":[{\"row\":\"1\",\"health\":\"not-applicable\","
                + "\"reserve\":false}]}";
        JsonNode n = post(ua.client, AGREEMENT + "/nominations", body, 201).get(0);

        assertThat(n.get("eligible").asBoolean()).isFalse();
        assertThat(n.get("reason").asString()).isNotBlank();
        assertThat(n.get("state").asString()).isEmpty();
    }

    @Test
    void someoneNotOnTheManifestIsRecordedAsADiscrepancyAndNotHandedOver() {
        JsonNode found = get(ua.client, AGREEMENT + "/discrepancies");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.get("kind").asString()).isEqualTo("NOT_ON_MANIFEST");
            assertThat(d.get("detail").asString()).contains("MI-999999");
        });
        assertThat(get(ua.client, AGREEMENT + "/nominations")).filteredOn(n -> !n.get("reserve").asBoolean()
                && n.get("eligible").asBoolean()).hasSize(5).allMatch(n -> n.get("state").asString().equals("HANDED_OVER"));
    }

    @Test
    void anActSignedOverOtherBytesIsRefusedAndNoSignatureIsStored() {
        JsonNode act = get(ua.client, AGREEMENT + "/tranches/1/act");
        byte[] other = (act.get("text").asString() + "and one more line\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = ua.client.postJson(AGREEMENT + "/tranches/1/act/signatures", ua.sign(DocumentType.HANDOVER_ACT,
                Fixture.B, other, Optional.of(act.get("anchor").asString())).body());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("signed bytes differ");
        assertThat(get(ua.client, AGREEMENT + "/tranches/1/act").get("signatures")).isEmpty();
    }

    @Test
    void aMoveTheLifecycleForbidsIsRefusedWithWhatIsAllowed() {
        String body = "{\"moves\":[{\"list\":\"" + running.world().bPrisoners + "\",\"row\":\"1\",\"to\":\"RECEIVED\","
                + "\"reason\":\"\"}]}";
        HttpResponse<String> r = ru.client.postJson(AGREEMENT + "/moves", body);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("RECEIVED").contains("allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans:{\"slots\":[null]}", "/plans:{\"tranches\":[null]}", "/moves:{\"moves\":[null]}",
            "/nominations:{\"list\":\"x\",\"nominees\":[null]}", "/tranches/1/handover:{\"from\":\"ua\",\"presented\":[null]}",
            "/plans:{\"slots\":\"tomorrow\"}", "/plans:{}", "/tranches/0/handover:{}"})
    void malformedBodiesAreRefusedWithA4xxAndNeverCrashTheServer(String pathAndBody) {
        String[] parts = pathAndBody.split(":", 2);
        HttpResponse<String> r = ua.client.postJson(AGREEMENT + parts[0], parts[1]);

        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    }

    @Test
    void theDeskShowsTheAgreementWithAParityChartPerTranche() {
        HttpResponse<String> page = running.desk(MEDIATOR_DESK).get("/desk/agreements/" + ID);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"tranche-1\"").contains("<svg class=\"chart\"").contains("report/pdf");
    }

    @Test
    void theCrossingChecklistRecordsWhatTheSidePresented() {
        Client desk = running.desk(B_DESK);
        String path = "/desk/agreements/" + ID + "/tranches/1";
        assertThat(desk.get(path).body()).contains("id=\"checklist\"");
        String form = "_csrf=" + csrf(desk.get(path).body()) + "&present=0&present=1&present=2&present=3&present=4"
                + "&interview-0=consents&extra=";
        HttpResponse<String> r = desk.post(path, form, "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"handover-result\"");
        assertThat(get(ru.client, AGREEMENT + "/nominations")).allMatch(n -> n.get("state").asString().equals("HANDED_OVER"));
    }

    private static String csrf(String html) {
        return java.net.URLEncoder.encode(org.repatria.server.Callers.csrf(html), StandardCharsets.UTF_8);
    }

    @Test
    void theCsvReportListsTheSidesOwnNomineesWithTrancheAndState() {
        HttpResponse<String> csv = ru.client.get(AGREEMENT + "/report/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("party,list,row,name");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("ru,").containsPattern(",1,(IN_TRANCHE|HANDED_OVER),");
    }
}
