package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.dispute.Disputed;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;

/**
 * A side disputes a signed list from the desk and the list's author answers, each signed with the key the server
 * holds for it or with the side's own key; the list page shows the thread to both sides, never its text to others.
 */
class DisputeDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String list;
    private static String listPage;

    @BeforeAll
    static void setUp() {
        list = Disputed.relayedList(running);
        listPage = "/desk/lists/" + running.world().aPrisoners;
    }

    @Test
    void theCounterpartyDisputesTheListFromItsPageWithTheServerHeldKey() {
        Negotiator ru = new Negotiator(running, B_DESK);
        assertThat(ru.get(listPage).body()).contains("href=\"/desk/documents/" + list + "/disputes\"");
        HttpResponse<String> review = ru.post("/desk/documents/" + list + "/disputes/draft",
                Map.of("subject", List.of("Рядок 2"), "text", List.of("Номер квитка не збігається.")));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("repatria-dispute/v1\nsubject Рядок 2");
        HttpResponse<String> signed = ru.signWithServerHeldKey(review.body(), "/desk/documents/" + list + "/disputes");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        assertThat(signed.headers().firstValue("Location")).contains("/desk/documents/" + list + "/disputes");
        JsonNode dispute = latest(Disputed.thread(running, B_DESK, list)).get("dispute");
        assertThat(dispute.get("subject").asString()).isEqualTo("Рядок 2");
        assertThat(dispute.get("trail").get(0).get("kind").asString()).isEqualTo("submitted");
    }

    @Test
    void theAuthorAnswersFromTheThreadWithItsOwnKeyAndBothSidesSeeTheThreadOnTheListPage() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 5", "Row 5 was exchanged in May."));
        Disputed.relay(running, dispute);
        Negotiator ua = new Negotiator(running, A_DESK);
        String answerForm = "/desk/documents/" + dispute + "/answers/draft";
        assertThat(ua.get(listPage).body()).contains("action=\"" + answerForm + "\"").contains("Row 5 was exchanged in May.");
        HttpResponse<String> review = ua.post(answerForm, Map.of("text", List.of("No: he is still held in Olenivka.")));
        HttpResponse<String> signed = ua.sign(review.body(), "/desk/documents/" + dispute + "/answers", Documents.UA_KEY);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        JsonNode answered = latest(Disputed.thread(running, A_DESK, list)).get("answers").get(0);
        String answer = answered.get("envelope_id").asString();
        EntryStatement submitted = LogEntry.parse(Receipt.parse(Client.json(running.anonymous().get("/api/v1/log/receipts/"
                + answered.get("trail").get(0).get("index").asLong())).get("receipt").asString()).entry()).statement();
        assertThat(submitted.custody()).isEqualTo(KeyCustody.OWN);
        assertThat(submitted.envelope().type()).isEqualTo(DocumentType.ANSWER);
        assertThat(submitted.envelope().answers()).contains(Digest.parseHex(dispute));
        Disputed.relay(running, answer);
        for (Negotiator side : List.of(ua, new Negotiator(running, B_DESK))) {
            String page = side.get(listPage).body();
            assertThat(page).contains("Row 5 was exchanged in May.").contains("No: he is still held in Olenivka.")
                    .containsPattern("Relayed — Türkiye \\(#\\d+\\)");
        }
    }

    @Test
    void anObserverSeesThatTheListIsDisputedButNotWhatWasSaid() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Observed subject", "Observed text."));
        Disputed.relay(running, dispute);
        String page = new Negotiator(running, OBSERVER_DESK).get(listPage).body();
        assertThat(page).contains("id=\"dispute-" + dispute + "\"").contains("Only the two sides and the mediator read")
                .doesNotContain("Observed subject").doesNotContain("Observed text.");
    }

    @Test
    void anEmptyDisputeIsShownAgainWithTheReasonAndNothingIsLogged() {
        long before = size();
        HttpResponse<String> r = new Negotiator(running, B_DESK).post("/desk/documents/" + list + "/disputes/draft",
                Map.of("subject", List.of("Row 1"), "text", List.of("   ")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"text\"").contains("the text is empty").contains("value=\"Row 1\"");
        assertThat(size()).isEqualTo(before);
    }

    @Test
    void answeringOnesOwnDisputeFromTheDeskIsRefusedInPlaceAndNothingIsLogged() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 1", "Mine."));
        Disputed.relay(running, dispute);
        long before = size();
        HttpResponse<String> r = new Negotiator(running, B_DESK).post("/desk/documents/" + dispute + "/answers/draft",
                Map.of("text", List.of("Answering myself.")));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("your side raised dispute");
        assertThat(size()).isEqualTo(before);
    }

    @Test
    void answeringAListFromTheDeskIsRefusedSayingOnlyADisputeIsAnswered() {
        long before = size();
        HttpResponse<String> r = new Negotiator(running, B_DESK).post("/desk/documents/" + list + "/answers/draft",
                Map.of("text", List.of("An answer to a list.")));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(size()).isEqualTo(before);
    }

    @Test
    void theDocumentsPageLinksADisputeToTheDocumentItDisputes() {
        String dispute = Disputed.logged(Disputed.dispute(running, B_DESK, list, "Row 3", "Linked."));
        String page = new Negotiator(running, B_DESK).get("/desk/documents").body();
        assertThat(page).contains("href=\"/desk/documents/" + list + "/disputes\" class=\"disputed-link\"")
                .contains("href=\"/desk/documents/" + dispute + "/disputes\" class=\"thread-link\"");
    }

    private static long size() {
        return running.server().log().checkpoint().checkpoint().size();
    }

    private static JsonNode latest(JsonNode thread) {
        JsonNode disputes = thread.get("disputes");
        return disputes.get(disputes.size() - 1);
    }
}
