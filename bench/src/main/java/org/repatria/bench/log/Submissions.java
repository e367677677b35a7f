package org.repatria.bench.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.log.StoredDocument;

/**
 * Real-shaped submissions (ua → ru, a 256-byte document) with random signature bytes: nothing on the append, restart or
 * serving path checks party signatures, and signing a million entries would take most of a benchmark's run.
 */
final class Submissions {
    static final PartyId UA = new PartyId("ua");
    static final PartyId RU = new PartyId("ru");
    private final SplittableRandom random;

    Submissions(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Appends submission number {@code i} to {@code log}; completes once it is durable. */
    CompletableFuture<LogPosition> append(TransparencyLog log, int i) {
        byte[] doc = (i + " " + "x".repeat(256)).substring(0, 256).getBytes(StandardCharsets.UTF_8);
        Envelope e = Envelope.of(DocumentType.PERSON_LIST, UA, List.of(RU), doc,
                Instant.parse("2025-06-02T10:00:00Z").plusSeconds(i), Optional.empty());
        byte[] signature = new byte[68];
        random.nextBytes(signature);
        String statement = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e).text();
        LogEntry entry = LogEntry.parse((statement + "\n\u2014 ua-mod " + Base64.getEncoder().encodeToString(signature)
                + "\n").getBytes(StandardCharsets.UTF_8));
        return log.append(entry, Optional.of(new StoredDocument(e.id().hex(), e.text(), UA, doc)));
    }
}
