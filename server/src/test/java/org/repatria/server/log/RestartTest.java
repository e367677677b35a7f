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
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.server.Fixture;
import org.repatria.server.document.Documents;
import org.repatria.store.Store;

/** A restart rebuilds the tree from the stored entries and refuses a log whose stored rows were altered. */
class RestartTest {
    private static final int ENTRIES = 300; // complete subtrees up to level 8 and a partial right edge

    @TempDir
    static Path filled;
    private static SignedCheckpoint closedWith;
    @TempDir
    Path dir;

    // One log is filled for the class (signing is the slow part); each test alters its own copy of the database.
    @BeforeAll
    static void fillOnce() throws Exception {
        try (Store store = Store.embedded(filled); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            List<CompletableFuture<LogPosition>> done = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                done.add(append(log, i));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
            closedWith = log.checkpoint();
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
    void aReopenedLogHasTheCheckpointItWasClosedWithAndAppendsAfterIt() throws Exception {
        try (Store store = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            assertThat(log.checkpoint().encoded()).isEqualTo(closedWith.encoded());
            assertThat(log.root(ENTRIES)).isEqualTo(closedWith.checkpoint().root());
            assertThat(append(log, ENTRIES).get().index()).isEqualTo(ENTRIES);
        }
    }

    @Test
    void anAlteredStoredEntryIsCaughtAtStart() throws Exception {
        sql("UPDATE log_entries SET entry = CAST(REPLACE(CAST(entry AS TEXT), 'submitted', 'relayed') AS BLOB) "
                + "WHERE idx = 200");
        assertRefusedAtStart("the log tables were altered");
    }

    @Test
    void aRemovedLastEntryIsCaughtAtStart() throws Exception {
        sql("DELETE FROM log_entries WHERE idx = " + (ENTRIES - 1));
        assertRefusedAtStart("checkpoint says " + ENTRIES + " entries");
    }

    @Test
    void twoSwappedEntriesAreCaughtAtStart() throws Exception {
        sql("UPDATE log_entries SET idx = -1 WHERE idx = 3");
        sql("UPDATE log_entries SET idx = 3 WHERE idx = 4");
        sql("UPDATE log_entries SET idx = 4 WHERE idx = -1");
        assertRefusedAtStart("the log tables were altered");
    }

    @Test
    void anEntryMissingFromTheMiddleIsCaughtAtStart() throws Exception {
        sql("DELETE FROM log_entries WHERE idx = 100");
        assertRefusedAtStart("entry 100 is missing");
    }

    @Test
    void aRenumberedLastEntryIsCaughtAtStartThoughItStillHashesToTheCheckpoint() throws Exception {
        sql("UPDATE log_entries SET idx = " + (ENTRIES + 5) + " WHERE idx = " + (ENTRIES - 1));
        assertRefusedAtStart("entry " + (ENTRIES - 1) + " is missing");
    }

    @Test
    void anAlteredStoredSubtreeHashIsCaughtAtStart() throws Exception {
        sql("UPDATE log_hashes SET hash = zeroblob(32) WHERE lvl = 3 AND idx = 5");
        assertRefusedAtStart("stored subtree hashes (log_hashes) are not those of the " + ENTRIES + " stored entries");
    }

    @Test
    void aMissingOrExtraStoredSubtreeHashIsCaughtAtStart() throws Exception {
        sql("INSERT INTO log_hashes (lvl, idx, hash) SELECT 8, 1, hash FROM log_hashes WHERE lvl = 8 AND idx = 0");
        assertRefusedAtStart("stored subtree hashes (log_hashes)");
        sql("DELETE FROM log_hashes WHERE lvl = 8 AND idx = 1");
        sql("DELETE FROM log_hashes WHERE lvl = 7 AND idx = 0");
        assertRefusedAtStart("stored subtree hashes (log_hashes)");
    }

    private void assertRefusedAtStart(String why) {
        try (Store store = Store.embedded(dir)) {
            assertThatThrownBy(() -> TransparencyLog.open(store, Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(why);
        }
    }

    private static CompletableFuture<LogPosition> append(TransparencyLog log, int i) {
        Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B),
                ("memo " + i).getBytes(StandardCharsets.UTF_8), Fixture.T0.plusSeconds(i), Optional.empty());
        return log.append(LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e),
                Documents.UA_KEY), Optional.empty());
    }

    private void sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite")); var st = c.createStatement()) {
            assertThat(st.executeUpdate(statement)).as(statement).isEqualTo(1);
        }
    }
}
