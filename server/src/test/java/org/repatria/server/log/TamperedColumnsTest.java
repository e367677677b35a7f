package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.server.Fixture;
import org.repatria.server.document.Documents;
import org.repatria.server.document.ListDocuments;
import org.repatria.store.Store;

/**
 * Issue 15, item 2: every column of the log's tables and the documents' table that the server reads beside the signed
 * bytes, changed in a copy of a real store, is caught at start, naming the entry's index or the document. (The entry
 * bytes, the indexes and the subtree hashes are {@link RestartTest}'s.)
 */
class TamperedColumnsTest {
    private static final int MEMOS = 40;
    private static final List<String> ENVELOPES = new ArrayList<>();
    private static String listEnvelope;
    private static long listEntry;

    @TempDir
    static Path filled;
    @TempDir
    Path dir;

    // Entries 0..39 are A's memoranda with their documents, entry 40 the mediator's relay of memo 0, entry 41 a signed list.
    @BeforeAll
    static void fillOnce() throws Exception {
        try (Fixture world = new Fixture(filled, 5); TransparencyLog log = TransparencyLog.open(world.store, Clock.systemUTC())) {
            List<CompletableFuture<LogPosition>> done = new ArrayList<>();
            Envelope first = null;
            for (int i = 0; i < MEMOS; i++) {
                byte[] bytes = ("memo " + i).getBytes(StandardCharsets.UTF_8);
                Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B), bytes, Fixture.T0.plusSeconds(i),
                        Optional.empty());
                first = first == null ? e : first;
                ENVELOPES.add(e.id().hex());
                done.add(log.append(LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e),
                        Documents.UA_KEY), Optional.of(new org.repatria.store.log.StoredDocument(e.id().hex(), e.text(), Fixture.A,
                        bytes))));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
            log.append(LogEntry.sign(new EntryStatement(EntryKind.RELAYED, Fixture.MEDIATOR, KeyCustody.SERVER_HELD,
                    first.time().plusSeconds(60), first), log.key()), Optional.empty()).get();
            new org.repatria.server.document.DocumentSteps(world.store, log, Clock.systemUTC()).enableServerHeldKey(Fixture.A);
            ListDocuments lists = new ListDocuments(world.store, log, Clock.systemUTC());
            var header = world.store.lists().header(world.aPrisoners).orElseThrow();
            listEntry = lists.signWithServerHeldKey(Fixture.Who.A_DESK.account(), header).index();
            listEnvelope = world.store.lists().envelopeId(world.aPrisoners).orElseThrow();
        }
    }

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.list(filled)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void theUntouchedCopyStarts() {
        try (Store store = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            assertThat(log.checkpoint().checkpoint().size()).isEqualTo(MEMOS + 2);
        }
    }

    @Test
    void anEntrysEnvelopeIdChangedIsCaughtAtStartNamingItsIndex() throws Exception {
        sql("UPDATE log_entries SET envelope_id = '" + "0".repeat(64) + "' WHERE idx = 7");
        assertRefusedAtStart("entry 7: its envelope_id column (log_entries.envelope_id) says " + "0".repeat(64)
                + ", but the signed entry names envelope " + ENVELOPES.get(7));
    }

    @Test
    void anEntrysEnvelopeIdMovedToAnotherDocumentIsCaughtAtStartNamingItsIndex() throws Exception {
        sql("UPDATE log_entries SET envelope_id = '" + ENVELOPES.get(5) + "' WHERE idx = " + MEMOS); // the relay of memo 0
        assertRefusedAtStart("entry " + MEMOS + ": its envelope_id column");
    }

    @Test
    void anEntrysKindChangedIsCaughtAtStartNamingItsIndex() throws Exception {
        sql("UPDATE log_entries SET kind = 'acknowledged' WHERE idx = " + MEMOS);
        assertRefusedAtStart("entry " + MEMOS + ": its kind column (log_entries.kind) says acknowledged, but the signed entry "
                + "records the step relayed");
    }

    @Test
    void anEntrysSignerChangedIsCaughtAtStartNamingItsIndex() throws Exception {
        sql("UPDATE log_entries SET signer = 'ru' WHERE idx = 3");
        assertRefusedAtStart("entry 3: its signer column (log_entries.signer) says ru, but the signed entry is signed by ua");
    }

    @Test
    void theLatestCheckpointsSizeChangedIsCaughtAtStart() throws Exception {
        sql("UPDATE log_checkpoints SET size = size + 5 WHERE size = " + (MEMOS + 2));
        assertRefusedAtStart("the latest checkpoint row says size " + (MEMOS + 7) + " (log_checkpoints.size) but its signed note "
                + "says " + (MEMOS + 2));
    }

    @Test
    void theLatestCheckpointsNoteChangedIsCaughtAtStart() throws Exception {
        sql("UPDATE log_checkpoints SET note = (SELECT note FROM log_checkpoints WHERE size = (SELECT MIN(size) FROM "
                + "log_checkpoints)) WHERE size = " + (MEMOS + 2));
        assertRefusedAtStart("the latest checkpoint row says size " + (MEMOS + 2) + " (log_checkpoints.size) but its signed note");
    }

    @Test
    void theLogKeyReplacedIsCaughtAtStart() throws Exception {
        sql("UPDATE log_keys SET signer = '" + org.repatria.ledger.note.NoteSigner.generate(TransparencyLog.ORIGIN,
                org.repatria.ledger.note.KeyType.ED25519, new java.security.SecureRandom()).encoded() + "' WHERE name = '" + TransparencyLog.ORIGIN + "'");
        try (Store store = Store.embedded(dir)) {
            assertThatThrownBy(() -> TransparencyLog.open(store, Clock.systemUTC())).isInstanceOf(CheckpointException.class);
        }
    }

    @Test
    void aDocumentsEnvelopeIdChangedIsCaughtAtStart() throws Exception {
        sql("UPDATE documents SET envelope_id = '" + "f".repeat(64) + "' WHERE envelope_id = '" + ENVELOPES.get(9) + "'");
        assertRefusedAtStart("document " + "f".repeat(64) + " (no log entry names it): its stored envelope (documents.envelope) "
                + "has id " + ENVELOPES.get(9));
    }

    @Test
    void aDocumentsEnvelopeChangedIsCaughtAtStartNamingItsEntry() throws Exception {
        sql("UPDATE documents SET envelope = REPLACE(envelope, 'type memorandum', 'type dispute') WHERE envelope_id = '"
                + ENVELOPES.get(9) + "'");
        assertRefusedAtStart("document " + ENVELOPES.get(9) + " (log entries 9)");
    }

    @Test
    void aDocumentsAuthorChangedIsCaughtAtStartNamingItsEntry() throws Exception {
        sql("UPDATE documents SET author = 'ru' WHERE envelope_id = '" + ENVELOPES.get(0) + "'");
        assertRefusedAtStart("document " + ENVELOPES.get(0) + " (log entries 0, " + MEMOS + "): its author column says ru");
    }

    @Test
    void aDocumentsBytesChangedAreCaughtAtStartNamingItsEntry() throws Exception {
        sql("UPDATE documents SET content = CAST('memo 99' AS BLOB) WHERE envelope_id = '" + ENVELOPES.get(11) + "'");
        assertRefusedAtStart("document " + ENVELOPES.get(11) + " (log entries 11): its stored bytes (documents.content) do not "
                + "have the SHA-256 its envelope states");
    }

    @Test
    void aListsEnvelopeIdMovedToAnotherDocumentIsCaughtAtStart() throws Exception {
        sql("UPDATE lists SET envelope_id = '" + ENVELOPES.get(2) + "' WHERE envelope_id = '" + listEnvelope + "'");
        assertRefusedAtStart("names envelope " + ENVELOPES.get(2) + " (lists.envelope_id), which is no person-list document");
    }

    @Test
    void theSignedListsEntryIsTheLast() {
        assertThat(listEntry).isEqualTo(MEMOS + 1);
    }

    private void assertRefusedAtStart(String why) {
        try (Store store = Store.embedded(dir)) {
            assertThatThrownBy(() -> TransparencyLog.open(store, Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(why)
                    .hasMessageContaining("the log tables were altered");
        }
    }

    private void sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite")); var st = c.createStatement()) {
            assertThat(st.executeUpdate(statement)).as(statement).isEqualTo(1);
        }
    }
}
