package org.repatria.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.tile.LogFixture;

/** The attacks of issue 3 that the log library can see, each reported with its kind and a message naming it. */
class LogAuditorTest {
    private static final String ORIGIN = "mediator.example/log";

    @Test
    void aHonestLogPassesAndEveryEntryIsChecked() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 1);
        AuditReport report = auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { });
        assertThat(report.entriesChecked()).isEqualTo(600);
        assertThat(report.checkpoint().checkpoint().root()).isEqualTo(log.tree().root());
        assertThat(report.consistentWithSize()).isEmpty();
    }

    @Test
    void aGrownLogIsConsistentWithTheRememberedCheckpoint() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 2);
        SignedCheckpoint remembered = auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { }).checkpoint();
        log.append(1000).publish();
        AuditReport report = auditor(log).audit(log.fetcher(), Optional.of(remembered), (e, i) -> { });
        assertThat(report.consistentWithSize()).contains(600L);
        assertThat(report.checkpoint().checkpoint().size()).isEqualTo(1600);
    }

    @Test
    void aRewrittenLogOfTheSameSizeIsASplitView() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 3);
        SignedCheckpoint remembered = checkpointOf(log);
        LogFixture rewritten = LogFixture.withKey(ORIGIN, log.key(), 600, 4);
        assertProblem(() -> auditor(log).audit(rewritten.fetcher(), Optional.of(remembered), (e, i) -> { }),
                Problem.SPLIT_VIEW, "split view: the signed checkpoint of 600 entries");
    }

    @Test
    void aLargerLogThatDoesNotExtendTheRememberedOneIsASplitView() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 5);
        SignedCheckpoint remembered = checkpointOf(log);
        LogFixture rewritten = LogFixture.withKey(ORIGIN, log.key(), 900, 6);
        assertProblem(() -> auditor(log).audit(rewritten.fetcher(), Optional.of(remembered), (e, i) -> { }),
                Problem.SPLIT_VIEW, "cannot both be true");
    }

    @Test
    void aTruncatedLogIsARollback() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 7);
        log.append(100);
        SignedCheckpoint remembered = log.publish();
        LogFixture truncated = LogFixture.withKey(ORIGIN, log.key(), 600, 7);
        assertProblem(() -> auditor(log).audit(truncated.fetcher(), Optional.of(remembered), (e, i) -> { }),
                Problem.ROLLBACK, "now has 600 entries, fewer than the 700");
    }

    @Test
    void aForgedCheckpointSignatureIsRefused() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 8);
        NoteSigner forger = NoteSigner.generate(ORIGIN, KeyType.ED25519, new SecureRandom());
        log.files().put("checkpoint", SignedCheckpoint.sign(checkpointOf(log).checkpoint(), forger).encoded());
        assertProblem(() -> auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { }),
                Problem.BAD_CHECKPOINT, "no signature by the key");
    }

    @Test
    void anAlteredStoredEntryIsReportedByIndex() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 9);
        log.files().get("tile/entries/001")[3] ^= 1;
        assertProblem(() -> auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { }),
                Problem.TAMPERED, "entry 256 in tile/entries/001");
    }

    @Test
    void aCheckpointOfADifferentTreeIsReported() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 10);
        LogFixture other = LogFixture.withEntries(ORIGIN, 600, 11);
        log.files().put("checkpoint", SignedCheckpoint.sign(new Checkpoint(ORIGIN, 600, other.tree().root()), log.key()).encoded());
        assertProblem(() -> auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { }),
                Problem.TAMPERED, "different tree than the checkpoint");
    }

    @Test
    void aCheckpointOfAnotherLogIsReported() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 12);
        LogFixture other = LogFixture.withKey("other.example/log", log.key(), 700, 12);
        assertProblem(() -> auditor(log).audit(other.fetcher(), Optional.of(checkpointOf(log)), (e, i) -> { }),
                Problem.DIFFERENT_LOG, "different logs");
    }

    @Test
    void aMissingTileIsReportedAsUnavailable() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 13);
        log.files().remove("tile/0/000");
        assertProblem(() -> auditor(log).audit(log.fetcher(), Optional.empty(), (e, i) -> { }),
                Problem.UNAVAILABLE, "does not serve tile/0/000");
    }

    @Test
    void twoCheckpointsOfTheSameSizeWithDifferentRootsAreASplitView() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 14);
        LogFixture fork = LogFixture.withKey(ORIGIN, log.key(), 600, 15);
        assertProblem(() -> auditor(log).checkConsistent(checkpointOf(log), checkpointOf(fork), List.of()),
                Problem.SPLIT_VIEW, "split view");
    }

    @Test
    void aReceiptProvesItsEntryOfflineAndSurvivesItsTextForm() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 16);
        Receipt receipt = receipt(log, 123);
        Receipt reparsed = Receipt.parse(receipt.encode());
        assertThat(reparsed).isEqualTo(receipt);
        assertThat(auditor(log).checkReceipt(reparsed).size()).isEqualTo(600);
    }

    @Test
    void aReceiptForAnAlteredEntryIsRefused() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 17);
        Receipt genuine = receipt(log, 123);
        Receipt altered = new Receipt(123, "altered".getBytes(StandardCharsets.UTF_8), genuine.checkpoint(), genuine.proof());
        assertProblem(() -> auditor(log).checkReceipt(altered), Problem.BAD_RECEIPT, "does not prove entry 123");
    }

    @Test
    void aReceiptClaimingAnotherIndexIsRefused() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 18);
        Receipt genuine = receipt(log, 123);
        Receipt moved = new Receipt(124, genuine.entry(), genuine.checkpoint(), genuine.proof());
        assertProblem(() -> auditor(log).checkReceipt(moved), Problem.BAD_RECEIPT, "entry 124");
    }

    @Test
    void aReceiptUnderAForgedCheckpointIsRefused() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 19);
        Receipt genuine = receipt(log, 123);
        NoteSigner forger = NoteSigner.generate(ORIGIN, KeyType.ED25519, new SecureRandom());
        byte[] forged = SignedCheckpoint.sign(checkpointOf(log).checkpoint(), forger).encoded();
        assertProblem(() -> auditor(log).checkReceipt(new Receipt(123, genuine.entry(), forged, genuine.proof())),
                Problem.BAD_CHECKPOINT, "log signature is not valid");
    }

    @Test
    void witnessCosignaturesAreCountedAgainstTheQuorum() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 20);
        Clock clock = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneOffset.UTC);
        NoteSigner icrc = NoteSigner.generate("icrc.example/witness", KeyType.COSIGNATURE_V1, new SecureRandom());
        NoteSigner un = NoteSigner.generate("un.example/witness", KeyType.COSIGNATURE_V1, new SecureRandom());
        SignedCheckpoint cosigned = new Cosigner(un, clock).cosign(new Cosigner(icrc, clock).cosign(checkpointOf(log)));
        assertThat(auditor(log).checkCosignatures(cosigned, List.of(icrc.verifier(), un.verifier()), 2)).hasSize(2);
        SignedCheckpoint once = new Cosigner(icrc, clock).cosign(checkpointOf(log));
        assertProblem(() -> auditor(log).checkCosignatures(once, List.of(icrc.verifier(), un.verifier()), 2),
                Problem.COSIGNATURES, "2 required");
    }

    @Test
    void aReceiptStillHoldsAfterTheLogGrew() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 21);
        Receipt receipt = receipt(log, 599);
        log.append(300).publish();
        assertThat(auditor(log).checkReceipt(receipt, log.fetcher()).size()).isEqualTo(600);
    }

    @Test
    void aReceiptFromAHistoryTheLogNoLongerShowsIsASplitView() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 22);
        Receipt receipt = receipt(log, 10);
        LogFixture rewritten = LogFixture.withKey(ORIGIN, log.key(), 900, 23);
        assertProblem(() -> auditor(log).checkReceipt(receipt, rewritten.fetcher()), Problem.SPLIT_VIEW, "split view");
    }

    @Test
    void aWitnessCosignsOnlyACheckpointThatExtendsTheLastOneItCosigned() {
        LogFixture log = LogFixture.withEntries(ORIGIN, 600, 24);
        Clock clock = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneOffset.UTC);
        NoteSigner key = NoteSigner.generate("icrc.example/witness", KeyType.COSIGNATURE_V1, new SecureRandom());
        Cosigner witness = new Cosigner(key, clock);
        SignedCheckpoint first = auditor(log).witness(log.fetcher(), Optional.empty(), witness);
        assertThat(auditor(log).checkCosignatures(first, List.of(key.verifier()), 1)).hasSize(1);
        LogFixture rewritten = LogFixture.withKey(ORIGIN, log.key(), 900, 25);
        assertProblem(() -> auditor(log).witness(rewritten.fetcher(), Optional.of(first), witness),
                Problem.SPLIT_VIEW, "split view");
    }

    private static Receipt receipt(LogFixture log, long index) {
        return new Receipt(index, log.entries().get((int) index), checkpointOf(log).encoded(),
                log.tree().inclusionProof(index, log.tree().size()));
    }

    private static SignedCheckpoint checkpointOf(LogFixture log) {
        return SignedCheckpoint.parse(log.files().get("checkpoint"));
    }

    private static LogAuditor auditor(LogFixture log) {
        return new LogAuditor(log.key().verifier());
    }

    private static void assertProblem(ThrowingCallable call, Problem problem, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageContaining(message);
    }
}
