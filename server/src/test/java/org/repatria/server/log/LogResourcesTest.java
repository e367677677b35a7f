package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.store.log.StoredDocument;

/**
 * The log's static resources are served from bytes made once (issue 15, docs/decisions/0168): a full tile with an
 * ETag and "immutable", a 304 for a client that has it, and a checkpoint that is made again as soon as the log grows.
 */
class LogResourcesTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(15);
    private static int appended;

    @RegisterExtension
    static final RunningServer running = new RunningServer(3);

    @BeforeAll
    static void aFullTile() {
        append(300);
    }

    @Test
    void aFullTileIsServedImmutableWithAnEtag() {
        HttpResponse<String> r = running.anonymous().get("/log/tile/0/000");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"[0-9a-f]{24}\""));
        assertThat(r.body().getBytes(StandardCharsets.ISO_8859_1)).hasSizeGreaterThan(0);
    }

    @Test
    void aClientHoldingTheTileGets304WithoutABody() {
        String etag = running.anonymous().get("/log/tile/entries/000").headers().firstValue("ETag").orElseThrow();
        Client anyone = running.anonymous();
        HttpResponse<String> again = anyone.send(anyone.request("/log/tile/entries/000").header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theSameTileIsServedByteForByteOnEveryRequest() {
        List<String> bodies = IntStream.range(0, 5).mapToObj(i -> running.anonymous().get("/log/tile/0/000").body()).toList();
        assertThat(bodies).allMatch(b -> b.equals(bodies.getFirst()));
    }

    @Test
    void theCheckpointIsMadeAgainOnceTheLogGrows() {
        HttpResponse<String> before = running.anonymous().get("/log/checkpoint");
        HttpResponse<String> same = running.anonymous().get("/log/checkpoint");
        assertThat(same.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
        append(1);
        HttpResponse<String> after = running.anonymous().get("/log/checkpoint");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        long size = Long.parseLong(after.body().lines().skip(1).findFirst().orElseThrow());
        assertThat(size).isEqualTo(running.server().log().checkpoint().checkpoint().size());
        assertThat(after.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void aTileTheLogDoesNotHoldYetIsStill404() {
        assertThat(running.anonymous().get("/log/tile/0/009").statusCode()).isEqualTo(404);
        assertThat(running.anonymous().get("/log/tile/0/000.p/255").statusCode()).isEqualTo(200);
    }

    // Entries as a party's submissions are shaped; the append path does not check party signatures (the submit route does).
    private static synchronized void append(int count) {
        List<CompletableFuture<LogPosition>> done = IntStream.range(0, count).mapToObj(i -> {
            int n = appended++;
            byte[] doc = ("log resources " + n).getBytes(StandardCharsets.UTF_8);
            Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B), doc,
                    Instant.parse("2025-06-02T10:00:00Z").plusSeconds(n), Optional.empty());
            byte[] signature = new byte[68];
            RANDOM.nextBytes(signature);
            String statement = new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e).text();
            LogEntry entry = LogEntry.parse((statement + "\n\u2014 ua-mod " + Base64.getEncoder().encodeToString(signature)
                    + "\n").getBytes(StandardCharsets.UTF_8));
            return running.server().log().append(entry, Optional.of(new StoredDocument(e.id().hex(), e.text(), Fixture.A, doc)));
        }).toList();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
    }
}
