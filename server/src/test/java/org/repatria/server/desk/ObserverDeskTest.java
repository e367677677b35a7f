package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/**
 * The observer's desk (issue 12, item 8): it was all zeros; now its home shows the log's size, the latest checkpoint,
 * the witnesses with their latest cosignatures and the agreements it was granted, and only those.
 */
class ObserverDeskTest {
    private static final NoteSigner WITNESS = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());
    private static final NoteSigner SILENT = NoteSigner.generate("un-witness", KeyType.COSIGNATURE_V1, new SecureRandom());

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void twoAgreementsOneGrantedAndACosignedCheckpoint() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
        Documents.register(running, Fixture.OBSERVER, WITNESS);
        Documents.register(running, Fixture.OBSERVER, SILENT);
        Negotiator.proposedAndRelayed(running, "granted-one");
        Negotiator.proposedAndRelayed(running, "kept-from-icrc");
        HttpResponse<String> grant = running.api(MEDIATOR_DESK).postJson("/api/v1/agreements/granted-one/grants",
                "{\"observer\":\"icrc\"}");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
        HttpResponse<String> cosigned = running.api(OBSERVER_DESK).post("/api/v1/log/cosignatures",
                new String(new Cosigner(WITNESS, Clock.systemUTC()).cosign(checkpoint()).encoded(), StandardCharsets.UTF_8),
                "text/plain");
        assertThat(cosigned.statusCode()).as(cosigned.body()).isEqualTo(201);
    }

    @Test
    void theObserversHomeShowsTheLogsSizeAndTheLatestCheckpointsRoot() {
        SignedCheckpoint now = checkpoint();
        String home = running.desk(OBSERVER_DESK).get("/desk").body();

        assertThat(tile(home, "log-size")).isEqualTo(String.valueOf(now.checkpoint().size()));
        assertThat(now.checkpoint().size()).isPositive();
        assertThat(home).contains(now.checkpoint().root().base64().substring(0, 12));
    }

    @Test
    void theObserversHomeShowsEachWitnessWithItsLatestCosignatureAndOneThatNeverCosigned() {
        String home = running.desk(OBSERVER_DESK).get("/desk").body();

        assertThat(row(home, "icrc-witness")).contains("ICRC").contains(">" + checkpoint().checkpoint().size() + "<")
                .contains("cosigned the latest checkpoint");
        assertThat(row(home, "un-witness")).contains("has not cosigned yet");
        assertThat(tile(home, "log-witnesses")).isEqualTo("1 / 2");
    }

    @Test
    void theObserversHomeListsTheAgreementItWasGrantedWithALinkAndNoOther() {
        String home = running.desk(OBSERVER_DESK).get("/desk").body();

        assertThat(home).contains("href=\"/desk/agreements/granted-one\"").doesNotContain("kept-from-icrc");
        assertThat(tile(home, "log-agreements")).isEqualTo("1");
        assertThat(running.desk(OBSERVER_DESK).get("/desk/agreements/granted-one").statusCode()).isEqualTo(200);
    }

    @Test
    void theObserversHomeIsNoLongerAllZeros() {
        String home = running.desk(OBSERVER_DESK).get("/desk").body();

        assertThat(tile(home, "log-size")).isNotEqualTo("0");
        assertThat(tile(home, "log-lists")).isEqualTo("1"); // the fixture relays party A's remains list to the observer
    }

    @Test
    void everySignedInRoleReadsTheLogPageButOnlyTheObserverSeesGrants() {
        for (Fixture.Who who : new Fixture.Who[] {MEDIATOR_DESK, A_DESK, B_DESK, A_IDENTIFICATION}) {
            HttpResponse<String> r = running.desk(who).get("/desk/log");
            assertThat(r.statusCode()).as(who.name()).isEqualTo(200);
            assertThat(r.body()).as(who.name()).contains("id=\"witnesses\"").contains("href=\"/desk/log\"")
                    .doesNotContain("id=\"agreements\"");
        }
        assertThat(running.desk(OBSERVER_DESK).get("/desk/log").body()).contains("id=\"agreements\"");
        assertThat(running.anonymous().get("/desk/log").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theLogPageNamesEachNewestEntrysStepSignerAndDocumentTypeInTheReadersLanguage() {
        String uk = running.desk(OBSERVER_DESK).get("/desk/log?lang=uk").body();
        String ru = running.desk(OBSERVER_DESK).get("/desk/log?lang=ru").body();
        running.desk(OBSERVER_DESK).get("/desk/log?lang=en"); // the choice is remembered: the other tests read English

        assertThat(uk).contains("Найновіші записи").contains("пропозиція").contains("передано").contains("Свідки");
        assertThat(ru).contains("Новейшие записи").contains("предложение").contains("передано").contains("Свидетели");
    }

    @Test
    void theObserverHasALogLinkInTheNavigation() {
        assertThat(running.desk(OBSERVER_DESK).get("/desk/lists").body()).contains("<a href=\"/desk/log\"");
    }

    private static String tile(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*><span class=\"value\">([^<]*)</span>").matcher(page);
        assertThat(m.find()).as("tile %s in the page", id).isTrue();
        return m.group(1);
    }

    private static String row(String page, String witness) {
        int at = page.indexOf("data-witness=\"" + witness + "\"");
        assertThat(at).as("row of %s", witness).isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static SignedCheckpoint checkpoint() {
        byte[] served = running.anonymous().get("/log/checkpoint").body().getBytes(StandardCharsets.UTF_8);
        return SignedCheckpoint.open(served, NoteVerifier.parse(running.anonymous().get("/log/vkey").body().strip()));
    }
}
