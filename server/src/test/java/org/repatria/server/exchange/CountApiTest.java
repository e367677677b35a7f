package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;
import static org.repatria.server.exchange.Signer.get;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.count.Count;
import org.repatria.core.count.Stage;
import org.repatria.core.document.DocumentType;
import org.repatria.core.party.PartyId;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * Counts of the three bodies ua handed to ru (both signed the act): ru's morgue count is on the log and in the tally;
 * bad input and callers who may not state or read a count are refused naming what is wrong, nothing changed.
 */
class CountApiTest {
    private static final String ID = "bodies-counted";
    private static final String PATH = "/api/v1/agreements/" + ID;

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Signer ua;
    private static Signer ru;
    private static String anchor;
    private static String morgue;

    @BeforeAll
    static void threeBodiesAreReceivedAndCountedAtTheMorgue() {
        ThreeBodies.received(running, ID);
        AtomicInteger entries = new AtomicInteger();
        ua = new Signer(Fixture.A, running.api(A_DESK), running.api(MEDIATOR_DESK), entries);
        ru = new Signer(Fixture.B, running.api(B_DESK), running.api(MEDIATOR_DESK), entries);
        anchor = get(running.api(MEDIATOR_DESK), PATH + "/plans").get(0).get("envelope_id").asString();
        Signer.Signed signed = sign(ru, text(Stage.MORGUE, Fixture.B, "3", "3"));
        Signer.post(ru.client, PATH + "/tranches/1/counts", signed.body(), 201);
        morgue = signed.envelopeId();
    }

    private static String text(Stage stage, PartyId side, String persons, String bags) {
        return "COUNT\nagreement: " + ID + "\ntranche: 1\nstage: " + stage.token() + "\nside: " + side.value() + "\npersons: "
                + persons + "\nbags: " + bags + "\nsamples: -\n";
    }

    private static Signer.Signed sign(Signer side, String text) {
        return side.sign(DocumentType.COUNT, side.party.equals(Fixture.A) ? Fixture.B : Fixture.A,
                text.getBytes(StandardCharsets.UTF_8), Optional.of(anchor));
    }

    /** Posts a count and returns the response, checking nothing was stored and nothing logged. */
    private static HttpResponse<String> refused(Signer side, String text) {
        long log = running.world().store.log().size();
        int counts = running.world().store.exchanges().counts().of(ID).size();
        HttpResponse<String> r = side.client.postJson(PATH + "/tranches/1/counts", sign(side, text).body());
        assertThat(running.world().store.log().size()).isEqualTo(log);
        assertThat(running.world().store.exchanges().counts().of(ID)).hasSize(counts);
        return r;
    }

    @Test
    void theMorgueCountIsInTheTallyWithItsSignedDocumentOnTheLog() {
        JsonNode tally = get(running.api(A_DESK), PATH + "/counts");
        JsonNode count = tally.get("tranches").get(0).get("counts").get(0);
        assertThat(count.get("stage").asString()).isEqualTo("morgue");
        assertThat(count.get("party").asString()).isEqualTo("ru");
        assertThat(count.get("persons").asInt()).isEqualTo(3);
        assertThat(count.get("envelope_id").asString()).isEqualTo(morgue);
        assertThat(running.world().store.documents().document(morgue)).isPresent();
        assertThat(Count.of(ID, 1, Stage.MORGUE, Fixture.B, 3, 3).text())
                .isEqualTo(running.api(MEDIATOR_DESK).get("/api/v1/documents/" + morgue + "/content").body()
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCountThatIsNotANumberIsRefusedNamingTheFieldAndNothingChanges() {
        HttpResponse<String> r = refused(ru, text(Stage.MORGUE, Fixture.B, "three", "3"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("persons: 'three' is not a number");
    }

    @Test
    void aNegativeCountIsRefused() {
        HttpResponse<String> r = refused(ru, text(Stage.MORGUE, Fixture.B, "3", "-1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("bags: -1 is negative");
    }

    @Test
    void aCountBeyondTheLimitIsRefusedNamingTheLimit() {
        HttpResponse<String> r = refused(ru, text(Stage.MORGUE, Fixture.B, "3", "50000"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("bags: 50000 is beyond the limit of one tranche's count, " + Count.MAX_PER_TRANCHE);
    }

    @Test
    void aSecondCountForTheSameStageIsRefused() {
        HttpResponse<String> r = refused(ru, text(Stage.MORGUE, Fixture.B, "2", "3"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("counted_already").contains("has a morgue count already");
    }

    @Test
    void theHandingSideMayNotStateTheReceiversCount() {
        HttpResponse<String> r = refused(ua, text(Stage.CROSSING, Fixture.A, "3", "3"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("stated by ru, the receiving side");
    }

    @Test
    void aCountNamingAnotherSideThanTheSignersIsRefused() {
        HttpResponse<String> r = refused(ua, text(Stage.DECLARED, Fixture.B, "3", "3"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("you state for ua");
    }

    @Test
    void aDeclaredCountAfterTheActWasSignedIsRefusedAsFixed() {
        HttpResponse<String> r = refused(ua, text(Stage.DECLARED, Fixture.A, "3", "3"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("crossing_fixed");
    }

    @Test
    void aTrancheOfPrisonersIsNotCounted() {
        FiveForFive.planned(running);
        long log = running.world().store.log().size();
        Signer.Signed signed = ua.sign(DocumentType.COUNT, Fixture.B, ("COUNT\nagreement: " + FiveForFive.ID + "\ntranche: 1\n"
                + "stage: declared\nside: ua\npersons: 5\nbags: 0\nsamples: -\n").getBytes(StandardCharsets.UTF_8),
                Optional.of(anchor));
        HttpResponse<String> r = ua.client.postJson(FiveForFive.AGREEMENT + "/tranches/1/counts", signed.body());
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("not_remains").contains("only remains tranches are counted");
        assertThat(running.world().store.log().size()).isEqualTo(log);
    }

    @Test
    void theMediatorReadsCountsButDoesNotStateThem() {
        assertThat(get(running.api(MEDIATOR_DESK), PATH + "/counts").get("totals")).isNotEmpty();
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson(PATH + "/tranches/1/counts", sign(ru,
                text(Stage.CROSSING, Fixture.B, "3", "3")).body());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void anIdentificationUnitOfASideReadsTheCounts() {
        assertThat(get(running.api(A_IDENTIFICATION), PATH + "/counts").get("totals").get(0).get("stage").asString())
                .isEqualTo("morgue");
    }

    @Test
    void anObserverSeesTheCountsOnlyOnceTheMediatorGrantsItAndThenNoBags() {
        assertThat(running.api(OBSERVER_DESK).get(PATH + "/counts").statusCode()).isEqualTo(404);
        Signer.post(running.api(MEDIATOR_DESK), PATH + "/grants", "{\"observer\":\"icrc\"}", 201);

        JsonNode tally = get(running.api(OBSERVER_DESK), PATH + "/counts");
        assertThat(tally.get("totals").get(0).get("persons").asInt()).isEqualTo(3);
        assertThat(tally.get("tranches").get(0).get("findings")).isEmpty();
    }
}
