package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.backup.Archive;
import org.repatria.store.reads.ReadKind;

/**
 * {@code repatria backup} while the log is being written restores to a log that matches a checkpoint the backup holds;
 * {@code repatria restore} reports a backup older than a witness's checkpoint as a rollback and another root as a fork.
 * On the embedded default and on PostgreSQL.
 */
class BackupRestoreTest {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId ICRC = new PartyId("icrc");
    private static final NoteSigner PARTY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner WITNESS = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());

    @RegisterExtension
    final CrashFixture fixture = new CrashFixture();

    @EveryEngine
    void aBackupTakenDuringABurstOfWritesRestoresToALogWhoseRootIsACheckpointItHolds(String engine) throws Exception {
        List<String> source = database(engine, "source");
        List<String> target = database(engine, "target");
        Path file = fixture.file("burst.zip");
        AtomicLong acknowledged = new AtomicLong();
        long before;
        long after;
        InProcessCli.Result backup;
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 500);
            store.parties().add(new Party(ICRC, "ICRC", PartyKind.OBSERVER));
            store.signers().addPartyKey(ICRC, WITNESS.verifier().encoded());
            store.signers().addCosignature(500, WITNESS.verifier().name(), cosigned(log.checkpoint()));
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = Thread.ofPlatform().name("burst").start(() -> burst(log, 500, stop, acknowledged));
            while (acknowledged.get() < 100) {
                Thread.onSpinWait();
            }
            before = log.checkpoint().checkpoint().size();
            backup = InProcessCli.run(args("backup", source, "--out", file.toString()));
            after = log.checkpoint().checkpoint().size();
            stop.set(true);
            writer.join();
        }
        assertThat(backup.exit()).as(backup.toString()).isZero();
        Archive archive = Archive.read(file);
        SignedCheckpoint held = SignedCheckpoint.parse(archive.checkpoint().orElseThrow());
        assertThat(after).as("entries were appended while the backup ran").isGreaterThan(before);
        assertThat(held.checkpoint().size()).isBetween(before, after);

        InProcessCli.Result restore = InProcessCli.run(args("restore", target, "--from", file.toString()));
        assertThat(restore.exit()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("consistent with the witnesses' cosigned checkpoint of 500 entries (icrc-witness)");
        try (Store store = open(target); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            assertThat(log.checkpoint().encoded()).isEqualTo(held.encoded());
            assertThat(log.root(held.checkpoint().size())).isEqualTo(held.checkpoint().root());
        }
        System.out.printf("backup during a burst (%s): %d entries acknowledged, backup of %d entries taken while the log"
                + " grew from %d to %d; %s%s", engine, acknowledged.get() + 500, held.checkpoint().size(), before, after,
                backup.out(), restore.out());
    }

    @EveryEngine
    void aRestoreFromABackupOlderThanTheWitnessesCheckpointIsReportedAsARollback(String engine) throws Exception {
        List<String> source = database(engine, "source");
        List<String> target = database(engine, "target");
        Path old = fixture.file("old.zip");
        Path witnessed = fixture.file("witness.state");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 100);
            assertThat(InProcessCli.run(args("backup", source, "--out", old.toString())).exit()).isZero();
            appendAll(log, 100, 50);
            Files.write(witnessed, cosigned(log.checkpoint()));
        }
        InProcessCli.Result refused = InProcessCli.run(args("restore", target, "--from", old.toString(), "--checkpoint",
                witnessed.toString()));
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(RestoreCommand.ROLLBACK);
        assertThat(refused.err()).contains("ROLLBACK").contains("entries 100 to 149 (50 entries acknowledged after this backup)"
                + " are missing");
        try (Store store = open(target)) {
            assertThat(store.backups().rows()).as("a refused restore leaves the database empty").isZero();
        }
        InProcessCli.Result accepted = InProcessCli.run(args("restore", target, "--from", old.toString(), "--checkpoint",
                witnessed.toString(), "--accept-rollback"));
        assertThat(accepted.exit()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("ROLLBACK").contains("accepted (--accept-rollback)");
        try (Store store = open(target)) {
            assertThat(store.log().size()).isEqualTo(100);
        }
    }

    @EveryEngine
    void aWitnessCheckpointWithAnotherRootAtASizeTheBackupHoldsIsRefusedAsAFork(String engine) throws Exception {
        List<String> source = database(engine, "source");
        List<String> target = database(engine, "target");
        Path file = fixture.file("b.zip");
        Path forged = fixture.file("forged.state");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 60);
            assertThat(InProcessCli.run(args("backup", source, "--out", file.toString())).exit()).isZero();
            // The log's own key signed another history of 40 entries: a split view a witness cosigned.
            NoteSigner key = NoteSigner.parse(store.signers().signerKey(TransparencyLog.ORIGIN).orElseThrow());
            Checkpoint other = new Checkpoint(TransparencyLog.ORIGIN, 40, TreeHash.leaf("another history".getBytes(StandardCharsets.UTF_8)));
            Files.write(forged, cosigned(SignedCheckpoint.sign(other, key)));
        }
        InProcessCli.Result refused = InProcessCli.run(args("restore", target, "--from", file.toString(), "--checkpoint",
                forged.toString()));
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(CommandFailure.FAILED);
        assertThat(refused.err()).contains("FORK at 40 entries").contains("is not a prefix of the restored log of 60 entries");
        try (Store store = open(target)) {
            assertThat(store.backups().rows()).isZero();
        }
    }

    @Test
    void aRefusedRestoreWithReplaceLeavesTheDatabaseItWouldReplaceAsItWas() throws Exception {
        List<String> source = database("embedded", "source");
        List<String> target = database("embedded", "target");
        Path old = fixture.file("old.zip");
        Path witnessed = fixture.file("witness.state");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 30);
            assertThat(InProcessCli.run(args("backup", source, "--out", old.toString())).exit()).isZero();
            appendAll(log, 30, 10);
            Files.write(witnessed, cosigned(log.checkpoint()));
        }
        try (Store store = open(target); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 7);
        }
        InProcessCli.Result refused = InProcessCli.run(args("restore", target, "--from", old.toString(), "--checkpoint",
                witnessed.toString(), "--replace"));
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(RestoreCommand.ROLLBACK);
        assertThat(refused.err()).contains("the database was not changed");
        try (Store store = open(target)) {
            assertThat(store.log().size()).isEqualTo(7);
        }
    }

    @Test
    void aDatabaseHoldingRowsIsRefusedWithoutReplaceAndAnExistingBackupIsNotOverwritten() throws Exception {
        List<String> source = database("embedded", "source");
        Path file = fixture.file("b.zip");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 5);
        }
        assertThat(InProcessCli.run(args("backup", source, "--out", file.toString())).exit()).isZero();
        long size = Files.size(file);
        InProcessCli.Result again = InProcessCli.run(args("backup", source, "--out", file.toString()));
        assertThat(again.exit()).as(again.toString()).isEqualTo(CommandFailure.UNUSABLE);
        assertThat(again.err()).contains("exists already").contains("--force");
        assertThat(Files.size(file)).isEqualTo(size);
        InProcessCli.Result intoItself = InProcessCli.run(args("restore", source, file.toString())); // DESIGN.md's form
        assertThat(intoItself.exit()).as(intoItself.toString()).isEqualTo(CommandFailure.UNUSABLE);
        assertThat(intoItself.err()).contains("not empty").contains("--replace");
    }

    @Test
    void aDatabaseWhoseLogAServerHoldsIsNotRestoredInto() throws Exception {
        List<String> source = database("embedded", "source");
        List<String> target = database("embedded", "target");
        Path file = fixture.file("b.zip");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 5);
            assertThat(InProcessCli.run(args("backup", source, "--out", file.toString())).exit()).isZero();
        }
        try (Store store = open(target); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            InProcessCli.Result refused = InProcessCli.run(args("restore", target, "--from", file.toString()));
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(CommandFailure.UNUSABLE);
            assertThat(refused.err()).contains("another Repatria server holds the log");
            assertThat(store.log().size()).isZero();
        }
    }

    @Test
    void theRecordOfReadsIsRestoredWithTheDatabaseAndItsChainReportedIntact() throws Exception {
        List<String> source = database("embedded", "source");
        List<String> target = database("embedded", "target");
        Path file = fixture.file("b.zip");
        try (Store store = open(source); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            appendAll(log, 0, 5);
            store.reads().append(Instant.parse("2026-12-01T10:00:00Z"), "ua-desk", "ua", "desk", ReadKind.PERSONS, "list-1",
                    List.of("row-1"), 12);
        }
        InProcessCli.Result backup = InProcessCli.run(args("backup", source, "--out", file.toString()));
        assertThat(backup.out()).as(backup.toString()).contains("record of reads: 1 segments");
        InProcessCli.Result restored = InProcessCli.run(args("restore", target, "--from", file.toString()));
        assertThat(restored.exit()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("record of reads: 1 segments, 1 reads, chain intact");
    }

    // "--data DIR" for the embedded engine, "--db URL" (a fresh schema) for PostgreSQL.
    private List<String> database(String engine, String name) throws Exception {
        String url = fixture.on(engine).db();
        return url.isEmpty() ? List.of("--data", fixture.file(name).toString()) : List.of("--db", url);
    }

    private static Store open(List<String> database) {
        return database.get(0).equals("--data") ? Store.embedded(Path.of(database.get(1))) : Store.connect(database.get(1));
    }

    private static String[] args(String command, List<String> database, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(database);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static byte[] cosigned(SignedCheckpoint checkpoint) {
        return new Cosigner(WITNESS, Clock.systemUTC()).cosign(checkpoint).encoded();
    }

    private static void appendAll(TransparencyLog log, int from, int count) throws Exception {
        List<CompletableFuture<LogPosition>> done = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            done.add(log.append(entry(i), Optional.empty()));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
    }

    // Submits in waves of 20 until told to stop, counting the entries the log acknowledged (made durable).
    private static void burst(TransparencyLog log, int from, AtomicBoolean stop, AtomicLong acknowledged) {
        for (int next = from; !stop.get(); next += 20) {
            List<CompletableFuture<LogPosition>> wave = new ArrayList<>();
            for (int i = next; i < next + 20; i++) {
                wave.add(log.append(entry(i), Optional.empty()));
            }
            wave.forEach(CompletableFuture::join);
            acknowledged.addAndGet(wave.size());
        }
    }

    private static LogEntry entry(int i) {
        Envelope e = Envelope.of(DocumentType.MEMORANDUM, UA, List.of(new PartyId("ru")),
                ("memo " + i).getBytes(StandardCharsets.UTF_8), Instant.parse("2025-06-02T09:00:00Z").plusSeconds(i),
                Optional.empty());
        return LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e), PARTY);
    }
}
