package org.repatria.server.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.cosignature.CosignatureException;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.proof.ProofException;
import org.repatria.ledger.proof.Proofs;
import org.repatria.store.Store;

/**
 * The check a restore runs on what it wrote (docs/decisions/0166): the log is rebuilt from the restored entries exactly
 * as at start (entries, stored checkpoint, stored subtree hashes), then every cosigned checkpoint given — the ones the
 * backup held and the newer ones a witness hands over — must be signed by the restored log's key and be a prefix of the
 * rebuilt tree (RFC 9162 §2.1.4 consistency proof), or be larger than it: a rollback, naming the entries missing.
 */
public final class RestoredLog {
    private RestoredLog() {
    }

    /**
     * Checks the log in {@code store} against {@code checkpoints} (signed notes, cosigned or not). Reads only; claims
     * nothing.
     *
     * @throws IllegalArgumentException when a checkpoint is not a signed checkpoint of this log's key (another log's,
     *     or a file that is no checkpoint): the message names which
     */
    public static LogVerdict check(Store store, List<byte[]> checkpoints) {
        Optional<NoteSigner> key = store.signers().signerKey(TransparencyLog.ORIGIN).map(NoteSigner::parse);
        if (key.isEmpty()) {
            long witnessed = checkpoints.stream().mapToLong(RestoredLog::sizeOf).max().orElse(0);
            return store.log().size() > 0 ? new LogVerdict.Fork(store.log().size(), "the log has entries but no key")
                    : witnessed > 0 ? new LogVerdict.Rollback(0, witnessed)
                    : new LogVerdict.Consistent(0, "", 0, List.of());
        }
        CommittedTree tree;
        try {
            tree = StoredLog.rebuild(store.log(), store.documents(), key.get());
        } catch (IllegalStateException | CheckpointException e) {
            return new LogVerdict.Fork(store.log().size(), e.getMessage());
        }
        long size = tree.checkpoint().checkpoint().size();
        Hash root = tree.checkpoint().checkpoint().root();
        long cosignedUpTo = 0;
        long witnessed = size;
        TreeSet<String> witnesses = new TreeSet<>();
        List<NoteVerifier> witnessKeys = store.signers().allPartyKeys().stream().map(k -> NoteVerifier.parse(k.vkey()))
                .filter(k -> k.type() == KeyType.COSIGNATURE_V1).toList();
        for (byte[] bytes : checkpoints) {
            SignedCheckpoint signed = opened(bytes, key.get());
            Checkpoint c = signed.checkpoint();
            List<String> cosigners = cosigners(signed, witnessKeys);
            witnesses.addAll(cosigners);
            if (c.size() > size) {
                witnessed = Math.max(witnessed, c.size());
                continue;
            }
            List<Hash> proof = tree.read(v -> TreeMath.consistency(v.hashes(), c.size(), size));
            try {
                Proofs.verifyConsistency(c.size(), size, c.root(), root, proof);
            } catch (ProofException e) {
                return new LogVerdict.Fork(c.size(), "the checkpoint of " + c.size() + " entries (root " + c.root().base64()
                        + ") is not a prefix of the restored log of " + size + " entries: " + e.getMessage());
            }
            cosignedUpTo = cosigners.isEmpty() ? cosignedUpTo : Math.max(cosignedUpTo, c.size());
        }
        return witnessed > size ? new LogVerdict.Rollback(size, witnessed)
                : new LogVerdict.Consistent(size, root.base64(), cosignedUpTo, new ArrayList<>(witnesses));
    }

    // The registered witnesses whose cosignature on the checkpoint verifies; a registered witness's bad one is refused.
    private static List<String> cosigners(SignedCheckpoint signed, List<NoteVerifier> witnessKeys) {
        try {
            return Cosignatures.require(signed.note(), witnessKeys, 0).stream().map(w -> w.witness().name()).toList();
        } catch (CosignatureException e) {
            throw new IllegalArgumentException("the checkpoint of " + signed.checkpoint().size() + " entries: " + e.getMessage(), e);
        }
    }

    private static long sizeOf(byte[] bytes) {
        try {
            return SignedCheckpoint.parse(bytes).checkpoint().size();
        } catch (CheckpointException e) {
            throw new IllegalArgumentException("a checkpoint given is not a signed checkpoint (" + e.getMessage() + ")", e);
        }
    }

    private static SignedCheckpoint opened(byte[] bytes, NoteSigner key) {
        try {
            return SignedCheckpoint.open(bytes, key.verifier());
        } catch (CheckpointException e) {
            throw new IllegalArgumentException("a checkpoint given is not signed by the restored log's key "
                    + key.verifier().encoded() + " (" + e.getMessage() + "): it is another log's, or no checkpoint", e);
        }
    }
}
