package org.repatria.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.server.log.LogEntry;

/** The requests the driver sends, each with the status that counts as served. */
enum Kind {
    /** {@code GET /api/health}. */
    HEALTH(200),
    /** {@code GET /log/checkpoint}, the signed checkpoint. */
    CHECKPOINT(200),
    /** {@code GET /log/tile/0/000}, the first full hash tile. */
    TILE(200),
    /** {@code GET /log/tile/entries/000}, the first full entry bundle. */
    ENTRIES(200),
    /** {@code GET /api/v1/lists/{id}/rows}, a page of 50 rows of the largest list at a random offset. */
    API_ROWS(200),
    /** {@code GET /desk/lists/{id}}, the desk's first page of the largest list (6,000 rows in the demo). */
    DESK_LIST(200),
    /** {@code GET /desk/lists/{id}?offset=N}, another page of it. */
    DESK_LIST_PAGE(200),
    /** {@code GET /desk/lists}, the desk's lists. */
    DESK_LISTS(200),
    /** {@code POST /api/v1/documents}, a memorandum signed (Ed25519, here) by the driver's key for Russia. */
    SUBMIT(201);

    private static final PartyId RU = new PartyId("ru");
    private static final PartyId UA = new PartyId("ua");
    private final int served;

    Kind(int served) {
        this.served = served;
    }

    int served() {
        return served;
    }

    /** Sends one request of this kind; {@code client} and {@code n} make a submission's content unique. */
    Wire.Answer send(Wire wire, Target target, SplittableRandom random, int client, long n) throws IOException {
        byte[] none = new byte[0];
        return switch (this) {
            case HEALTH -> wire.send("GET", "/api/health", List.of(), none);
            case CHECKPOINT -> wire.send("GET", "/log/checkpoint", List.of(), none);
            case TILE -> wire.send("GET", "/log/tile/0/000", List.of(), none);
            case ENTRIES -> wire.send("GET", "/log/tile/entries/000", List.of(), none);
            case API_ROWS -> wire.send("GET", "/api/v1/lists/" + target.listId() + "/rows?limit=50&offset="
                    + offset(target, random), target.apiHeaders(), none);
            case DESK_LIST -> wire.send("GET", "/desk/lists/" + target.listId(), target.deskHeaders(), none);
            case DESK_LIST_PAGE -> wire.send("GET", "/desk/lists/" + target.listId() + "?offset=" + offset(target, random),
                    target.deskHeaders(), none);
            case DESK_LISTS -> wire.send("GET", "/desk/lists", target.deskHeaders(), none);
            case SUBMIT -> wire.send("POST", "/api/v1/documents", List.of(target.apiHeaders().getFirst(),
                    "Content-Type: application/json"), submission(target, random, client, n));
        };
    }

    private static int offset(Target target, SplittableRandom random) {
        return random.nextInt(Math.max(1, target.listRows() / 50)) * 50;
    }

    private static byte[] submission(Target target, SplittableRandom random, int client, long n) {
        byte[] content = ("load driver memorandum " + client + " " + n + " " + random.nextLong())
                .getBytes(StandardCharsets.UTF_8);
        Envelope envelope = Envelope.of(DocumentType.MEMORANDUM, RU, List.of(UA), content,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.empty());
        LogEntry entry = LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, RU, KeyCustody.OWN, envelope.time(), envelope),
                target.key());
        return Target.JSON.createObjectNode().put("entry", new String(entry.encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString().getBytes(StandardCharsets.UTF_8);
    }
}
