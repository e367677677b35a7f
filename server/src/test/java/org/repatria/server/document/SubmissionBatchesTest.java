package org.repatria.server.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/document-batches} (issue 15, docs/decisions/0169): each submission checked, all stored in one
 * transaction with a receipt each, in order; a bad one refuses the request by its position and stores nothing.
 */
class SubmissionBatchesTest {
    private static final String ROUTE = "/api/v1/document-batches";
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void registerKeys() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
    }

    @Test
    void aBatchIsStoredInOrderWithOneReceiptPerSubmission() {
        List<String> sent = submissions(3);
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(sent));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode receipts = Client.json(r).get("receipts");
        assertThat(receipts.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(receipts.get(i).get("index").asLong()).isEqualTo(receipts.get(0).get("index").asLong() + i);
            String id = receipts.get(i).get("envelope_id").asString();
            HttpResponse<String> served = running.api(A_DESK).get("/api/v1/log/receipts/" + receipts.get(i).get("index").asLong());
            assertThat(Client.json(served).get("envelope_id").asString()).isEqualTo(id);
            assertThat(running.api(A_DESK).get("/api/v1/documents/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBatchIsStoredInOneCommitUnderOneCheckpoint() {
        long before = treeSize();
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(submissions(50)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode receipts = Client.json(r).get("receipts");
        for (JsonNode receipt : receipts) {
            assertThat(receipt.get("tree_size").asLong()).as("the first checkpoint covering each is the batch's")
                    .isEqualTo(before + 50);
        }
    }

    @Test
    void aBadSignatureInTheMiddleRefusesTheBatchByItsPositionAndStoresNothing() {
        List<String> sent = submissions(5);
        String middle = sent.get(2);
        int at = middle.lastIndexOf("ua-mod ") + "ua-mod ".length() + 10; // in the signature's base64, past the key ID
        sent.set(2, middle.substring(0, at) + (middle.charAt(at) == 'A' ? 'B' : 'A') + middle.substring(at + 1));
        long size = treeSize();
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(sent));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("bad_signature").contains("submissions[2]");
        assertThat(treeSize()).isEqualTo(size);
        assertThat(running.api(A_DESK).postJson(ROUTE, batch(sent.subList(0, 2))).statusCode())
                .as("the ones before it were not stored, so they go in now").isEqualTo(201);
    }

    @Test
    void aSubmissionAlreadyLoggedRefusesTheBatchAndStoresNoneOfTheOthers() {
        List<String> sent = submissions(3);
        assertThat(running.api(A_DESK).postJson("/api/v1/documents", sent.get(1)).statusCode()).isEqualTo(201);
        long size = treeSize();
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(sent));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("replayed_step");
        assertThat(treeSize()).isEqualTo(size);
    }

    @Test
    void theSameSubmissionTwiceInOneBatchIsRefusedByItsSecondPosition() {
        List<String> sent = submissions(2);
        sent.add(sent.get(0));
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(sent));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("submissions[2].entry").contains("earlier submission");
    }

    @Test
    void aPartyDeskSendingTheOtherPartysSubmissionsIsRefusedAndNothingIsStored() {
        long size = treeSize();
        HttpResponse<String> r = running.api(B_DESK).postJson(ROUTE, batch(submissions(2)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("submissions[0].entry").contains("you work for ru");
        assertThat(treeSize()).isEqualTo(size);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThat(running.anonymous().postJson(ROUTE, batch(submissions(1))).statusCode()).isEqualTo(401);
    }

    @Test
    void moreThanFiveHundredSubmissionsAreRefusedNamingTheLimit() {
        String one = submissions(1).getFirst();
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, batch(Collections.nCopies(501, one)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("501 submissions, the limit is 500");
    }

    @Test
    void aBodyOverSixteenMebibytesIsRefusedNamingTheLimit() {
        String big = "{\"submissions\":[{\"entry\":\"x\",\"content\":\"" + "A".repeat(17 * 1024 * 1024) + "\"}]}";
        // As a careful client sends a large body: after "100 Continue". Sent at once, the server's early 413 and its
        // closing of the connection race the upload, and the client may see only the reset.
        Client desk = running.api(A_DESK);
        HttpResponse<String> r = desk.send(desk.request(ROUTE).expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("the limit is 16,777,216");
    }

    @Test
    void anEmptyBatchIsRefused() {
        HttpResponse<String> r = running.api(A_DESK).postJson(ROUTE, "{\"submissions\":[]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("at least one");
    }

    private static List<String> submissions(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Documents.submission(Documents.UA_KEY, Fixture.A, "batch document " + DOCUMENTS.incrementAndGet(),
                    Instant.now().minusSeconds(30)));
        }
        return out;
    }

    private static String batch(List<String> submissions) {
        return "{\"submissions\":[" + String.join(",", submissions) + "]}";
    }

    private static long treeSize() {
        return running.server().log().checkpoint().checkpoint().size();
    }
}
