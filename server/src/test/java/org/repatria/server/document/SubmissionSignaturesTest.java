package org.repatria.server.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/**
 * The submission route's signature check with the party keys and parties it keeps (issue 15): a key registered later
 * still counts, a corrupted signature is refused and logs nothing, and the receipt built from the appended entry is the
 * one the log serves for it.
 */
class SubmissionSignaturesTest {
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();

    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @BeforeAll
    static void registerKeys() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
    }

    @Test
    void aKeyRegisteredAfterThePartysFirstSubmissionVerifiesItsNextOne() {
        assertThat(submit(Documents.UA_KEY).statusCode()).isEqualTo(201);
        NoteSigner laptop = NoteSigner.generate("ua-laptop", KeyType.ED25519, new SecureRandom());
        assertThat(submit(laptop).statusCode()).as("before the mediator registers it").isEqualTo(422);
        Documents.register(running, Fixture.A, laptop);
        HttpResponse<String> r = submit(laptop);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aSignatureWithOneCharacterChangedIsRefusedAndNothingIsLogged() {
        assertThat(submit(Documents.UA_KEY).statusCode()).isEqualTo(201);
        long size = running.server().log().checkpoint().checkpoint().size();
        String body = Documents.submission(Documents.UA_KEY, Fixture.A, "document " + DOCUMENTS.incrementAndGet(),
                Instant.now().minusSeconds(30));
        int at = body.lastIndexOf("ua-mod ") + "ua-mod ".length() + 10; // in the signature's base64, past the key ID
        String corrupted = body.substring(0, at) + (body.charAt(at) == 'A' ? 'B' : 'A') + body.substring(at + 1);
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents", corrupted);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("bad_signature");
        assertThat(running.server().log().checkpoint().checkpoint().size()).isEqualTo(size);
    }

    @Test
    void theReceiptOfASubmissionIsTheOneTheLogServesForItsEntry() {
        HttpResponse<String> r = submit(Documents.UA_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long index = Client.json(r).get("index").asLong();
        HttpResponse<String> served = running.api(A_DESK).get("/api/v1/log/receipts/" + index);
        assertThat(served.statusCode()).isEqualTo(200);
        // Nothing was appended in between (the tests of a class run one at a time), so both are under one checkpoint.
        assertThat(Client.json(served).get("tree_size").asLong()).isEqualTo(Client.json(r).get("tree_size").asLong());
        assertThat(Client.json(r).get("receipt").asString()).isEqualTo(Client.json(served).get("receipt").asString());
        assertThat(Client.json(r).get("envelope_id").asString()).isEqualTo(Client.json(served).get("envelope_id").asString());
    }

    private static HttpResponse<String> submit(NoteSigner key) {
        return running.api(A_DESK).postJson("/api/v1/documents", Documents.submission(key, Fixture.A,
                "document " + DOCUMENTS.incrementAndGet(), Instant.now().minusSeconds(30)));
    }
}
