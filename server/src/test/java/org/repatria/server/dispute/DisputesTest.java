package org.repatria.server.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Disputes about a signed list and answers to them through the API: who may say what, to whom, and who reads it. */
class DisputesTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String list;

    @BeforeAll
    static void setUp() {
        list = Disputed.relayedList(running);
    }

    @Test
    void aDisputeSignedWithTheServerHeldKeyGoesOnTheLogAnsweringTheListsEnvelope() {
        HttpResponse<String> r = Disputed.dispute(running, B_DESK, list, "Row 3", "Row 3 is not the man we hold.");
        EntryStatement s = statement(r);
        assertThat(s.kind()).isEqualTo(EntryKind.SUBMITTED);
        assertThat(s.custody()).isEqualTo(KeyCustody.SERVER_HELD);
        assertThat(s.envelope().type()).isEqualTo(DocumentType.DISPUTE);
        assertThat(s.envelope().answers()).contains(Digest.parseHex(list));
        assertThat(s.envelope().addressees()).containsExactly(Fixture.A);
        assertThat(s.envelope().id().hex()).isEqualTo(Client.json(r).get("envelope_id").asString());
    }

    @Test
    void theMediatorRelaysTheDisputeAndTheAuthorAnswersNamingIt() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 4", "Row 4 died in 2024."));
        Disputed.relay(running, dispute);
        EntryStatement answer = statement(Disputed.answer(running, A_DESK, dispute, "Row 4 is alive; see the capture card."));
        assertThat(answer.envelope().type()).isEqualTo(DocumentType.ANSWER);
        assertThat(answer.envelope().answers()).contains(Digest.parseHex(dispute));
        assertThat(answer.envelope().addressees()).containsExactly(Fixture.B);
    }

    @Test
    void bothSidesReadTheThreadWithEachStepsLogIndex() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 5", "Двічі той самий квиток."));
        Disputed.relay(running, dispute);
        String answer = Disputed.logged(Disputed.answer(running, A_DESK, dispute, "Виправимо."));
        Disputed.relay(running, answer);
        for (Fixture.Who side : List.of(A_DESK, B_DESK, MEDIATOR_DESK)) {
            JsonNode raised = raised(Disputed.thread(running, side, list), dispute);
            assertThat(raised.get("dispute").get("readable").asBoolean()).as(side.name()).isTrue();
            assertThat(raised.get("dispute").get("subject").asString()).isEqualTo("Row 5");
            assertThat(raised.get("dispute").get("text").asString()).isEqualTo("Двічі той самий квиток.");
            assertThat(raised.get("answers").get(0).get("text").asString()).isEqualTo("Виправимо.");
            assertThat(raised.get("answers").get(0).get("trail").valueStream().map(s -> s.get("kind").asString()))
                    .containsExactly("submitted", "relayed");
            assertThat(raised.get("dispute").get("trail").get(1).get("index").asLong()).isPositive();
        }
    }

    @Test
    void anObserverSeesWhoDisputedWhatButNotTheText() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 1 secret", "Not for observers."));
        Disputed.relay(running, dispute);
        JsonNode seen = raised(Disputed.thread(running, OBSERVER_DESK, list), dispute).get("dispute");
        assertThat(seen.get("readable").asBoolean()).isFalse();
        assertThat(seen.get("author").asString()).isEqualTo("ru");
        assertThat(seen.toString()).doesNotContain("Row 1 secret").doesNotContain("Not for observers");
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/documents/" + dispute + "/content").statusCode()).isEqualTo(403);
    }

    @Test
    void beforeTheRelayTheDisputedSideCannotReadTheDisputeNorAnswerIt() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 2", "Wrong unit."));
        assertThat(raised(Disputed.thread(running, A_DESK, list), dispute).get("dispute").get("readable").asBoolean()).isFalse();
        assertRefusedAndNothingLogged(() -> Disputed.answer(running, A_DESK, dispute, "Too early."), 404, "that you may read");
    }

    @Test
    void anEmptyTextIsRefusedNamingTheFieldAndNothingIsLogged() {
        assertRefusedAndNothingLogged(() -> Disputed.dispute(running, B_DESK, list, "Row 1", "  \n "), 400, "text: the text is empty");
    }

    @Test
    void anOverlongTextIsRefusedAndNothingIsLogged() {
        assertRefusedAndNothingLogged(() -> Disputed.dispute(running, B_DESK, list, "Row 1",
                "я".repeat(DisputeText.MAX_TEXT + 1)), 400, "at most " + DisputeText.MAX_TEXT);
    }

    @Test
    void disputingADocumentThatDoesNotExistIsRefusedAndNothingIsLogged() {
        assertRefusedAndNothingLogged(() -> Disputed.dispute(running, B_DESK, "ab".repeat(32), "s", "t"), 404, "no document");
    }

    @Test
    void disputingADocumentNotYetRelayedToTheCallerIsRefusedAsIfItDidNotExist() {
        HttpResponse<String> sent = running.api(A_DESK).postJson("/api/v1/documents", Documents.submission(Documents.UA_KEY,
                Fixture.A, "not relayed yet", Instant.now().minusSeconds(30)));
        String unrelayed = Disputed.logged(sent);
        assertRefusedAndNothingLogged(() -> Disputed.dispute(running, B_DESK, unrelayed, "s", "t"), 404, "that you may read");
    }

    @Test
    void theAuthorCannotDisputeItsOwnDocument() {
        assertRefusedAndNothingLogged(() -> Disputed.dispute(running, A_DESK, list, "s", "t"), 409, "your side wrote");
    }

    @Test
    void answeringADocumentThatIsNotADisputeIsRefused() {
        assertRefusedAndNothingLogged(() -> Disputed.answer(running, B_DESK, list, "an answer to a list"), 409, "not a dispute");
    }

    @Test
    void answeringOnesOwnDisputeIsRefused() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 3 again", "Still wrong."));
        Disputed.relay(running, dispute);
        assertRefusedAndNothingLogged(() -> Disputed.answer(running, B_DESK, dispute, "I agree with myself."), 409,
                "your side raised dispute");
    }

    @Test
    void aDisputeSignedWithTheSidesOwnKeyAndSubmittedAsADocumentKeepsTheSameRules() {
        byte[] content = new DisputeText("Own key", "Signed on our own machine.").encoded();
        String wrongParty = submission(DocumentType.DISPUTE, list, List.of(Fixture.MEDIATOR), content);
        assertRefusedAndNothingLogged(() -> running.api(B_DESK).postJson("/api/v1/documents", wrongParty), 400,
                "addressed to ua alone");
        String notADisputeText = submission(DocumentType.DISPUTE, list, List.of(Fixture.A), "free text".getBytes(StandardCharsets.UTF_8));
        assertRefusedAndNothingLogged(() -> running.api(B_DESK).postJson("/api/v1/documents", notADisputeText), 400,
                "does not start with");
        EntryStatement s = statement(running.api(B_DESK).postJson("/api/v1/documents",
                submission(DocumentType.DISPUTE, list, List.of(Fixture.A), content)));
        assertThat(s.custody()).isEqualTo(KeyCustody.OWN);
    }

    @Test
    void theMediatorDisputesNothingItRelays() {
        NoteSigner mediatorKey = NoteSigner.generate("tr", KeyType.ED25519, new SecureRandom());
        assertRefusedAndNothingLogged(() -> running.api(MEDIATOR_DESK).postJson("/api/v1/documents", submission(Fixture.MEDIATOR,
                mediatorKey, DocumentType.DISPUTE, list, List.of(Fixture.A), new DisputeText("s", "t").encoded())), 403,
                "disputes it");
        assertThat(running.api(MEDIATOR_DESK).postJson("/api/v1/documents/" + list + "/disputes", "{\"subject\":\"s\",\"text\":\"t\"}")
                .statusCode()).isEqualTo(403);
    }

    /** B's own-key submission of {@code content} as {@code type}, answering {@code answers}, to {@code to}. */
    private static String submission(DocumentType type, String answers, List<PartyId> to, byte[] content) {
        return submission(Fixture.B, Documents.RU_KEY, type, answers, to, content);
    }

    private static String submission(PartyId author, NoteSigner key, DocumentType type, String answers, List<PartyId> to,
                                     byte[] content) {
        Envelope e = Envelope.of(type, author, to, content, Instant.now(), Optional.of(Digest.parseHex(answers)));
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, author, KeyCustody.OWN, e.time(), e);
        return JsonMapper.builder().build().createObjectNode()
                .put("entry", new String(LogEntry.sign(s, key).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString();
    }

    private static void assertRefusedAndNothingLogged(Supplier<HttpResponse<String>> step, int status,
                                                      String reason) {
        long before = running.server().log().checkpoint().checkpoint().size();
        HttpResponse<String> r = step.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains(reason);
        assertThat(running.server().log().checkpoint().checkpoint().size()).isEqualTo(before);
    }

    private static EntryStatement statement(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return LogEntry.parse(Receipt.parse(Client.json(r).get("receipt").asString()).entry()).statement();
    }

    private static JsonNode raised(JsonNode thread, String dispute) {
        return thread.get("disputes").valueStream().filter(d -> d.get("dispute").get("envelope_id").asString().equals(dispute))
                .findFirst().orElseThrow(() -> new AssertionError("dispute " + dispute + " is not in " + thread));
    }
}
