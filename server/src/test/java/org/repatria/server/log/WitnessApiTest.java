package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** Witness cosignatures: taken only from a registered witness key, and served back on the checkpoint they cosign. */
class WitnessApiTest {
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner WITNESS = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());

    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @BeforeAll
    static void aLogWithOneEntryAndARegisteredWitness() {
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.OBSERVER, WITNESS);
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents",
                Documents.submission(UA_KEY, Fixture.A, "a list", Instant.now()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aRegisteredWitnessesCosignatureIsServedWithTheCheckpoint() {
        HttpResponse<String> r = post(cosign(WITNESS));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        SignedCheckpoint served = checkpoint();
        assertThat(Cosignatures.require(served.note(), List.of(WITNESS.verifier()), 1)).hasSize(1);
    }

    @Test
    void theServedCheckpointFollowsEachNewEntryAndEachCosignatureTaken() {
        long before = checkpoint().checkpoint().size();
        HttpResponse<String> submitted = running.api(A_DESK).postJson("/api/v1/documents",
                Documents.submission(UA_KEY, Fixture.A, "another list", Instant.now()));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

        SignedCheckpoint grown = checkpoint();
        assertThat(grown.checkpoint().size()).isEqualTo(before + 1);
        assertThat(grown.note().signatures()).noneMatch(WITNESS.verifier()::matches);
        assertThat(post(cosign(WITNESS)).statusCode()).isEqualTo(201);
        assertThat(Cosignatures.require(checkpoint().note(), List.of(WITNESS.verifier()), 1)).hasSize(1);
    }

    @Test
    void aCosignatureByAKeyNobodyRegisteredIsRefusedAndNotServed() {
        NoteSigner stranger = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());

        HttpResponse<String> r = post(cosign(stranger));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("no valid cosignature by a witness key of icrc");
        assertThat(checkpoint().note().signatures()).noneMatch(stranger.verifier()::matches);
    }

    @Test
    void aCheckpointTheLogNeverSignedIsRefused() {
        NoteSigner otherLog = NoteSigner.generate(logKey().name(), KeyType.ED25519, new SecureRandom());
        SignedCheckpoint forged = SignedCheckpoint.sign(checkpoint().checkpoint(), otherLog);

        HttpResponse<String> r = post(new Cosigner(WITNESS, Clock.systemUTC()).cosign(forged).encoded());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    }

    private static byte[] cosign(NoteSigner witness) {
        return new Cosigner(witness, Clock.systemUTC()).cosign(checkpoint()).encoded();
    }

    private static HttpResponse<String> post(byte[] note) {
        return running.api(OBSERVER_DESK).post("/api/v1/log/cosignatures", new String(note, StandardCharsets.UTF_8),
                "text/plain");
    }

    private static SignedCheckpoint checkpoint() {
        byte[] served = running.anonymous().get("/log/checkpoint").body().getBytes(StandardCharsets.UTF_8);
        return SignedCheckpoint.open(served, logKey());
    }

    private static NoteVerifier logKey() {
        return NoteVerifier.parse(running.anonymous().get("/log/vkey").body().strip());
    }
}
