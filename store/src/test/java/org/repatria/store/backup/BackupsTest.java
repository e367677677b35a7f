package org.repatria.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.TestEngine;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/** A backup is a faithful, checked copy: restored, it backs up to the same tables; a damaged or misplaced one is refused. */
class BackupsTest extends OnEveryEngine {
    @BeforeEach
    void data() {
        People.addParties(store());
        store().lists().add(People.list(People.UA, People.T0, People.pow("1", "Шевченко", "Тарас", "1990-03-09", "AB123", "36")));
        store().log().append(batch(0, 3));
        store().signers().addCosignature(3, "icrc-witness", bytes("cosigned checkpoint 3"));
    }

    @Test
    void aRestoredStoreBacksUpToTheSameRowsAndHashes() throws Exception {
        BackupSummary first = store().backups().write(dir.resolve("first.zip"), false);
        try (TestEngine.TestDatabase other = engine.open(dir.resolve("other"))) {
            other.store().backups().restore(first.file(), false);
            BackupSummary again = other.store().backups().write(dir.resolve("again.zip"), false);
            assertThat(again.manifest().tables()).isEqualTo(first.manifest().tables());
            assertThat(other.store().log().size()).isEqualTo(3);
            assertThat(other.store().log().latestCheckpoint()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("checkpoint 3")));
        }
        assertThat(first.manifest().logSize()).isEqualTo(3);
        assertThat(first.manifest().rows()).isGreaterThan(10);
    }

    @Test
    void anEmbeddedBackupRestoresIntoPostgresqlToTheSameRowsAndHashes() {
        Assumptions.assumeTrue(engine == TestEngine.POSTGRESQL, "a move from the embedded engine into PostgreSQL");
        try (Store embedded = Store.embedded(dir.resolve("embedded"))) {
            People.addParties(embedded);
            embedded.lists().add(People.list(People.UA, People.T0, People.pow("1", "Шевченко", "Тарас", "1990-03-09", "AB123", "36")));
            embedded.log().append(batch(0, 3));
            BackupSummary first = embedded.backups().write(dir.resolve("embedded.zip"), false);
            store().backups().restore(first.file(), true);
            BackupSummary again = store().backups().write(dir.resolve("postgresql.zip"), false);
            assertThat(again.manifest().tables()).isEqualTo(first.manifest().tables());
        }
    }

    @Test
    void theArchiveHoldsTheLatestCheckpointAndEachWitnessesLatestCosignature() {
        store().log().append(batch(3, 2));
        Archive archive = Archive.read(store().backups().write(dir.resolve("b.zip"), false).file());
        assertThat(archive.checkpoint()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("checkpoint 5")));
        assertThat(archive.cosigned()).containsExactly(bytes("cosigned checkpoint 3"));
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteIsAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.zip"), "keep me");
        assertThatThrownBy(() -> store().backups().write(file, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("exists already").hasMessageContaining("--force");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(store().backups().write(file, true).bytes()).isEqualTo(Files.size(file));
    }

    @Test
    void aStoreHoldingRowsIsRefusedUnlessReplaceIsAsked() {
        Path file = store().backups().write(dir.resolve("b.zip"), false).file();
        long rows = store().backups().rows();
        assertThatThrownBy(() -> store().backups().restore(file, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not empty").hasMessageContaining("--replace");
        assertThat(store().backups().restore(file, true).replacedRows()).isEqualTo(rows);
        assertThat(store().backups().rows()).isEqualTo(rows);
    }

    @Test
    void aTableWhoseBytesChangedIsRefusedAndNothingIsWritten() throws Exception {
        Path file = store().backups().write(dir.resolve("b.zip"), false).file();
        Path damaged = rewritten(file, dir.resolve("damaged.zip"), "tables/log_entries.table");
        try (TestEngine.TestDatabase other = engine.open(dir.resolve("other"))) {
            Store target = other.store();
            assertThatThrownBy(() -> target.backups().restore(damaged, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("table log_entries");
            assertThat(target.backups().rows()).isZero();
        }
    }

    // A copy of the archive where one byte of one entry's text ("entry 1" -> "entrz 1") differs.
    private static Path rewritten(Path from, Path to, String name) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] b = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(name)) {
                    String text = new String(b, StandardCharsets.ISO_8859_1).replace("entry 1", "entrz 1");
                    b = text.getBytes(StandardCharsets.ISO_8859_1);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        return to;
    }

    private static LogEntries.Batch batch(long first, int count) {
        List<LogEntries.Entry> entries = new ArrayList<>();
        List<StoredDocument> documents = new ArrayList<>();
        List<LogEntries.HashRow> hashes = new ArrayList<>();
        for (long i = first; i < first + count; i++) {
            entries.add(new LogEntries.Entry(i, bytes("entry " + i), "envelope-" + i, "submitted", People.UA));
            documents.add(new StoredDocument("envelope-" + i, "envelope " + i, People.UA, bytes("text " + i)));
            hashes.add(new LogEntries.HashRow(0, i, new byte[32]));
        }
        return new LogEntries.Batch(first, entries, hashes, documents, first + count, bytes("checkpoint " + (first + count)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
