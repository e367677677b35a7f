package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** What the desk shows of the log: a witness's latest cosignature, when it signed, and how far the log moved on since. */
class LogViewTest {
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner WITNESS = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());
    private static final Instant SIGNED = Instant.parse("2025-06-02T12:00:00Z");

    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @Test
    void aWitnessThatCosignedAnEarlierCheckpointShowsItsTimeAndHowManyEntriesItIsBehind() {
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.OBSERVER, WITNESS);
        submit("first list");
        TransparencyLog log = running.server().log();
        long cosigned = log.checkpoint().checkpoint().size();
        HttpResponse<String> r = running.api(OBSERVER_DESK).post("/api/v1/log/cosignatures", new String(
                new Cosigner(WITNESS, Clock.fixed(SIGNED, ZoneOffset.UTC)).cosign(log.checkpoint()).encoded(),
                StandardCharsets.UTF_8), "text/plain");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        submit("second list");

        LogOverview o = new LogView(running.world().store, log).overview(5);

        assertThat(o.size()).isEqualTo(cosigned + 1);
        assertThat(o.witnesses()).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("icrc-witness");
            assertThat(w.party()).contains(Fixture.OBSERVER);
            assertThat(w.cosignedSize()).contains(cosigned);
            assertThat(w.cosignedAt()).contains(SIGNED);
            assertThat(w.behind(o.size())).isEqualTo(1);
        });
        assertThat(o.cosignedCurrent()).isZero();
        assertThat(o.latest().getFirst().index()).isEqualTo(o.size() - 1);
        assertThat(o.latest().getFirst().kind()).isEqualTo("submitted");
        assertThat(o.lastEntryAt()).contains(o.latest().getFirst().time());
    }

    private static void submit(String text) {
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents",
                Documents.submission(UA_KEY, Fixture.A, text, Instant.now()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
