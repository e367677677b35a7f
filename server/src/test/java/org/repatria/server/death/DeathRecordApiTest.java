package org.repatria.server.death;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.death.DeathCase.RECORDS;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** A death record through the API: drafted, signed by the unit, on the log, relayed, read by the person's side. */
class DeathRecordApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void theDraftIsPrefilledFromTheRequestRowAndTheConfirmation() {
        DeathCase c = DeathCase.confirmed(running);

        JsonNode draft = c.unit.getJson("/api/v1/identification/cases/" + c.caseId + "/death-record-draft?remains=V3");

        assertThat(draft.get("surname").asString()).isEqualTo("Бондар");
        assertThat(draft.get("given_names").asString()).isEqualTo("Іван");
        assertThat(draft.get("birth_date").asString()).isEqualTo("1990");
        assertThat(draft.get("service_number").asString()).isEqualTo("MI-M3");
        assertThat(draft.get("remains_state").asString()).isEqualTo("held");
    }

    @Test
    void theDraftNamesTheBagTheRemainsSampleWasTakenFromAndTheOtherSideOfItsAgreement() {
        DeathCase c = DeathCase.confirmed(running);
        org.repatria.server.exchange.ThreeBodies.handedOver(running, "death-bag");
        // The unit's party keeps bag 2's chain (recorded as the receiving side would) and took sample V3 from it.
        running.world().store.exchanges().addCustody("death-bag", new org.repatria.store.exchange.CustodyRecord("2", 1,
                "STORED", Fixture.A, "morgue 2", "", java.util.Optional.empty(), "a-identification", Fixture.T0),
                java.util.List.of(), java.util.List.of());
        running.world().store.samples().take(Fixture.A, "death-bag", java.util.List.of(
                new org.repatria.store.exchange.StoredSample(Fixture.A, "V3", "death-bag", "2", java.util.List.of())));

        JsonNode draft = c.unit.getJson("/api/v1/identification/cases/" + c.caseId + "/death-record-draft?remains=V3");

        assertThat(draft.get("remains_place").asString()).isEqualTo("bag 2, morgue 2");
        assertThat(draft.get("side").asString()).isEqualTo(Fixture.B.value());
    }

    @Test
    void aSignedRecordGoesOnTheLogAndCarriesTheDnaSummaryButNoProfile() {
        DeathCase c = DeathCase.confirmed(running);
        long before = c.logSize();

        JsonNode r = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201);

        assertThat(c.logSize()).isEqualTo(before + 1);
        assertThat(r.get("revision").asInt()).isEqualTo(1);
        assertThat(r.get("relayed").asBoolean()).isFalse();
        JsonNode p = r.get("particulars");
        assertThat(p.get("case").asString()).isEqualTo(c.caseId);
        assertThat(p.get("remains").asString()).isEqualTo("V3");
        assertThat(p.get("log10-lr").asString()).isEqualTo("0.698970"); // dvir's example2: LR 5 for V3 as M3
        assertThat(p.get("kinship").asString()).isNotBlank().doesNotContain("R", "F2");
        assertThat(p.get("identifying-party").asString()).isEqualTo("ua");
        assertThat(p.get("side").asString()).isEqualTo("ru");
    }

    @Test
    void theLogEntryHoldsTheEnvelopeOnlyNeverTheParticulars() {
        DeathCase c = DeathCase.confirmed(running);
        String id = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201)
                .get("envelope_id").asString();

        String envelope = running.api(Who.MEDIATOR_DESK).getJson("/api/v1/documents/" + id).get("envelope").asString();

        assertThat(envelope).contains("death-record").doesNotContain("Бондар", "MI-M3", "Kupiansk");
    }

    @Test
    void thePersonsSideReadsTheRecordOnlyOnceTheMediatorRelayedIt() {
        DeathCase c = DeathCase.confirmed(running);
        String id = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201)
                .get("envelope_id").asString();
        Client side = running.api(Who.B_DESK);
        assertThat(side.get(RECORDS + "/" + id).statusCode()).isEqualTo(404);

        running.api(Who.MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");

        JsonNode read = side.getJson(RECORDS + "/" + id);
        assertThat(read.get("relayed").asBoolean()).isTrue();
        assertThat(read.get("particulars").get("surname").asString()).isEqualTo("Бондар");
        assertThat(side.getJson(RECORDS).findValuesAsString("envelope_id")).contains(id);
    }

    @Test
    void theSidePrintsThePdfAndExportsTheCsv() {
        DeathCase c = DeathCase.confirmed(running);
        String id = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201)
                .get("envelope_id").asString();
        running.api(Who.MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        Client side = running.api(Who.B_DESK);

        var pdf = side.send(side.request(RECORDS + "/" + id + "/pdf").GET());
        String csv = side.get(RECORDS + "/export").body();

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(csv).contains("envelope_id,revision,relayed,corrected,identification,corrects,identifying_party")
                .contains(id + ",1,true,false,").contains("Бондар");
    }

    @Test
    void thePdfReadsBackInEnglishUkrainianAndRussianWithTheCyrillicParticulars() throws Exception {
        DeathCase c = DeathCase.confirmed(running);
        String id = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201)
                .get("envelope_id").asString();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(c.unit.request(RECORDS + "/" + id + "/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("Surname / Прізвище / Фамилия", "Date of death / Дата смерті / Дата смерти", "Бондар",
                "Петрович", id);
    }

    @Test
    void anObserverIsRefusedTheRecords() {
        assertThat(running.api(Who.OBSERVER_DESK).get(RECORDS).statusCode()).isEqualTo(403);
    }

    @Test
    void aPartyDeskCannotSignARecord() {
        DeathCase c = DeathCase.confirmed(running);

        var r = running.api(Who.A_DESK).postJson(RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""));

        assertThat(r.statusCode()).isEqualTo(403);
    }
}
