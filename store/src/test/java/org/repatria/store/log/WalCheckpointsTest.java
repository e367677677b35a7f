package org.repatria.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.store.People;
import org.repatria.store.Store;

/**
 * The embedded engine's WAL is copied into the database file by a thread of its own (docs/decisions/0185): appends far
 * below the point where a committing writer checkpoints itself reach the database file while the store stays open.
 */
class WalCheckpointsTest {
    private static final int BATCHES = 20;
    private static final int PER_BATCH = 50;
    @TempDir
    Path dir;

    @Test
    void appendsReachTheDatabaseFileWithoutAWriterCheckpointing() throws Exception {
        Path file = dir.resolve("repatria.sqlite");
        try (Store store = Store.embedded(dir)) {
            People.addParties(store);
            long before = Files.size(file);
            for (int b = 0; b < BATCHES; b++) { // about 1.2 MB of WAL, under SQLite's default of 1,000 pages (4 MiB)
                store.log().append(batch(b * PER_BATCH));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (Files.size(file) < before + BATCHES * PER_BATCH * 1024L && System.nanoTime() < deadline) {
                LockSupport.parkNanos(20_000_000L); // the condition above is what is waited for
            }
            assertThat(Files.size(file)).isGreaterThanOrEqualTo(before + BATCHES * PER_BATCH * 1024L);
            assertThat(store.log().size()).isEqualTo(BATCHES * PER_BATCH);
        }
    }

    private static LogEntries.Batch batch(long first) {
        List<LogEntries.Entry> entries = new ArrayList<>();
        List<StoredDocument> documents = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            String id = "envelope-" + (first + i);
            entries.add(new LogEntries.Entry(first + i, bytes("entry " + (first + i)), id, "submitted", People.UA));
            documents.add(new StoredDocument(id, "envelope text", People.UA, bytes((first + i) + " " + "x".repeat(1024))));
        }
        List<LogEntries.HashRow> hashes = List.of(new LogEntries.HashRow(0, first, new byte[32]));
        return new LogEntries.Batch(first, entries, hashes, documents, first + PER_BATCH,
                bytes("checkpoint " + (first + PER_BATCH)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
