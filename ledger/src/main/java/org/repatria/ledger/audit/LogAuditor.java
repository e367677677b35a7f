package org.repatria.ledger.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignature;
import org.repatria.ledger.cosignature.CosignatureException;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.MissingHashException;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.proof.ProofException;
import org.repatria.ledger.proof.Proofs;
import org.repatria.ledger.tile.Fetcher;
import org.repatria.ledger.tile.TileException;
import org.repatria.ledger.tile.TiledLog;

/** Audits one log, known by its checkpoint key: the single entry point for verify, receipt and witness checks. */
public final class LogAuditor {
    private final NoteVerifier logKey;

    /** An auditor trusting checkpoints signed by {@code logKey} (the log's verifier key, from {@code /log/vkey}). */
    public LogAuditor(NoteVerifier logKey) {
        this.logKey = logKey;
    }

    /**
     * Audits a log: checks its checkpoint's signature, that it extends {@code remembered} (the checkpoint kept from
     * the last audit), and that every entry hashes into the tiles and the tiles into the root.
     *
     * @param visitor receives every checked entry with its index
     * @throws AuditException naming the problem: bad checkpoint, other log, rollback, split view, tampering, missing data
     */
    public AuditReport audit(Fetcher fetcher, Optional<SignedCheckpoint> remembered, ObjLongConsumer<byte[]> visitor) {
        TiledLog log = new TiledLog(fetcher);
        SignedCheckpoint current = guard(() -> log.checkpoint(logKey));
        Optional<Long> consistentWith = remembered.map(old -> {
            checkExtends(log, open(old).checkpoint(), current.checkpoint());
            return old.checkpoint().size();
        });
        long[] count = {0};
        guard(() -> {
            log.verifyAll(current.checkpoint(), (entry, index) -> {
                count[0]++;
                visitor.accept(entry, index);
            });
            return null;
        });
        return new AuditReport(current, consistentWith, count[0]);
    }

    /**
     * Checks two checkpoints of this log seen anywhere (e.g. shown to two parties) against each other, with a
     * consistency proof from the smaller to the larger tree.
     *
     * @throws AuditException SPLIT_VIEW when they cannot both be true
     */
    public void checkConsistent(SignedCheckpoint first, SignedCheckpoint second, List<Hash> proof) {
        Checkpoint a = open(first).checkpoint();
        Checkpoint b = open(second).checkpoint();
        sameOrigin(a, b);
        Checkpoint older = a.size() <= b.size() ? a : b;
        Checkpoint newer = older == a ? b : a;
        try {
            Proofs.verifyConsistency(older.size(), newer.size(), older.root(), newer.root(), proof);
        } catch (ProofException e) {
            throw splitView(older, newer, e);
        }
    }

    /**
     * Checks a receipt offline: the log's signature on its checkpoint and the entry's inclusion proof.
     *
     * @throws AuditException BAD_CHECKPOINT or BAD_RECEIPT
     */
    public Checkpoint checkReceipt(Receipt receipt) {
        Checkpoint checkpoint = guard(() -> SignedCheckpoint.open(receipt.checkpoint(), logKey)).checkpoint();
        try {
            Proofs.verifyInclusion(TreeHash.leaf(receipt.entry()), receipt.index(), checkpoint.size(), receipt.proof(),
                    checkpoint.root());
        } catch (ProofException e) {
            throw new AuditException(Problem.BAD_RECEIPT, "the receipt does not prove entry " + receipt.index()
                    + " is in the log of " + checkpoint.size() + " entries: " + e.getMessage()
                    + "; the entry or the proof was altered, or the receipt is for another entry", e);
        }
        return checkpoint;
    }

    /**
     * Checks a receipt offline, then that the log as served now still contains it: its current checkpoint must extend
     * the receipt's checkpoint.
     *
     * @throws AuditException BAD_CHECKPOINT, BAD_RECEIPT, ROLLBACK or SPLIT_VIEW
     */
    public Checkpoint checkReceipt(Receipt receipt, Fetcher fetcher) {
        Checkpoint receipted = checkReceipt(receipt);
        TiledLog log = new TiledLog(fetcher);
        checkExtends(log, receipted, guard(() -> log.checkpoint(logKey)).checkpoint());
        return receipted;
    }

    /**
     * A witness's step: fetches the log's checkpoint, checks it extends the last checkpoint this witness cosigned
     * (when there is one), and only then cosigns it (C2SP tlog-cosignature semantics).
     *
     * @throws AuditException BAD_CHECKPOINT, DIFFERENT_LOG, ROLLBACK or SPLIT_VIEW — and nothing is cosigned
     */
    public SignedCheckpoint witness(Fetcher fetcher, Optional<SignedCheckpoint> lastCosigned, Cosigner cosigner) {
        TiledLog log = new TiledLog(fetcher);
        SignedCheckpoint current = guard(() -> log.checkpoint(logKey));
        lastCosigned.ifPresent(last -> checkExtends(log, open(last).checkpoint(), current.checkpoint()));
        return cosigner.cosign(current);
    }

    /**
     * Checks the log's signature and at least {@code required} valid cosignatures from {@code witnesses} (type 0x04
     * verifier keys).
     *
     * @throws AuditException BAD_CHECKPOINT or COSIGNATURES
     */
    public List<Cosignature> checkCosignatures(SignedCheckpoint checkpoint, List<NoteVerifier> witnesses, int required) {
        open(checkpoint);
        try {
            return Cosignatures.require(checkpoint.note(), witnesses, required);
        } catch (CosignatureException e) {
            throw new AuditException(Problem.COSIGNATURES, e.getMessage(), e);
        }
    }

    private void checkExtends(TiledLog log, Checkpoint old, Checkpoint current) {
        sameOrigin(old, current);
        if (current.size() < old.size()) {
            throw new AuditException(Problem.ROLLBACK, "the log now has " + current.size() + " entries, fewer than the "
                    + old.size() + " of the checkpoint remembered from before: it was truncated or rolled back, "
                    + "or it shows you a different view; keep both checkpoints as evidence");
        }
        try {
            guard(() -> log.verifyConsistency(old, current));
        } catch (AuditException e) {
            if (e.getCause() instanceof ProofException proof) {
                throw splitView(old, current, proof);
            }
            throw e;
        }
    }

    private static AuditException splitView(Checkpoint older, Checkpoint newer, ProofException cause) {
        return new AuditException(Problem.SPLIT_VIEW, "split view: the signed checkpoint of " + older.size()
                + " entries (root " + older.root().base64() + ") and the signed checkpoint of " + newer.size()
                + " entries (root " + newer.root().base64() + ") cannot both be true (" + cause.getMessage()
                + "); the log rewrote its history or shows different histories to different readers. "
                + "Keep both checkpoints: together they prove it", cause);
    }

    private static void sameOrigin(Checkpoint a, Checkpoint b) {
        if (!a.origin().equals(b.origin())) {
            throw new AuditException(Problem.DIFFERENT_LOG, "the checkpoints are of different logs: \"" + a.origin()
                    + "\" and \"" + b.origin() + "\"; check the log address and key");
        }
    }

    private SignedCheckpoint open(SignedCheckpoint checkpoint) {
        return guard(() -> SignedCheckpoint.open(checkpoint.encoded(), logKey));
    }

    private static <T> T guard(Supplier<T> step) {
        try {
            return step.get();
        } catch (CheckpointException e) {
            throw new AuditException(Problem.BAD_CHECKPOINT, e.getMessage(), e);
        } catch (ProofException e) {
            throw new AuditException(Problem.TAMPERED, e.getMessage(), e);
        } catch (TileException e) {
            throw new AuditException(e.isMissing() ? Problem.UNAVAILABLE : Problem.TAMPERED, e.getMessage(), e);
        } catch (MissingHashException e) {
            throw new AuditException(Problem.TAMPERED, e.getMessage(), e);
        }
    }
}
