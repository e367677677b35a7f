package org.repatria.server.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.store.log.LogDocuments;
import org.repatria.store.log.LogEntries;

/**
 * The log at start (docs/decisions/0135): rebuilds the tree from every stored entry, which must run 0..n-1 and hash to
 * the root of the latest signed checkpoint, and checks that the stored subtree hashes are exactly the rebuilt ones, and
 * (docs/decisions/0164) that the columns beside the signed bytes say what the bytes say ({@link StoredColumns}).
 * The stored hashes and the documents are read on two more threads while the entries are hashed on this one.
 */
final class StoredLog {
    private StoredLog() {
    }

    /** The committed tree of the stored log, under its latest checkpoint; throws IllegalStateException if altered. */
    static CommittedTree rebuild(LogEntries rows, LogDocuments documents, NoteSigner key) {
        Optional<SignedCheckpoint> latest = rows.latestCheckpoint().map(b -> SignedCheckpoint.open(b, key.verifier()));
        long signed = latest.map(c -> c.checkpoint().size()).orElse(0L);
        rows.latestCheckpointSize().filter(size -> size != signed).ifPresent(size -> {
            throw altered("the latest checkpoint row says size " + size + " (log_checkpoints.size) but its signed note says "
                    + signed);
        });
        FutureTask<StoredHashes> storedHashes = new FutureTask<>(() -> StoredHashes.read(rows, signed));
        Thread.ofPlatform().name("repatria-log-hash-check").daemon().start(storedHashes);
        FutureTask<Optional<String>> storedDocuments = new FutureTask<>(() -> StoredColumns.documents(documents));
        Thread.ofPlatform().name("repatria-log-document-check").daemon().start(storedDocuments);
        CommittedTree tree = new CommittedTree(SignedCheckpoint.sign(new Checkpoint(TransparencyLog.ORIGIN, 0, TreeHash.empty()), key));
        long[] count = {0};
        long[] gap = {-1};
        List<String> columns = new ArrayList<>(1);
        rows.forEachRow(e -> {
            if (e.index() != count[0] && gap[0] < 0) {
                gap[0] = count[0];
            }
            tree.rebuild(e.bytes());
            if (columns.isEmpty()) {
                StoredColumns.entry(e).ifPresent(columns::add);
            }
            count[0]++;
        });
        if (gap[0] >= 0) {
            throw altered("entry " + gap[0] + " is missing from the stored log (its indexes skip it)");
        }
        if (latest.isPresent()) {
            Checkpoint checkpoint = latest.get().checkpoint();
            Hash root = tree.read(v -> TreeMath.root(v.hashes(), count[0]));
            if (checkpoint.size() != count[0] || !checkpoint.root().equals(root)) {
                throw altered("the stored log has " + count[0] + " entries with root " + root.base64() + " but its latest "
                        + "checkpoint says " + checkpoint.size() + " entries, root " + checkpoint.root().base64());
            }
            tree.restored(latest.get());
        } else if (count[0] > 0) {
            throw altered("the log has " + count[0] + " entries but no checkpoint");
        }
        tree.read(v -> join(storedHashes).difference(v.hashes())).ifPresent(difference -> {
            throw altered("the stored subtree hashes (log_hashes) are not those of the " + count[0] + " stored entries, "
                    + "which do match the signed checkpoint: " + difference);
        });
        if (!columns.isEmpty()) {
            throw altered(columns.getFirst());
        }
        join(storedDocuments).ifPresent(problem -> {
            throw altered(problem);
        });
        return tree;
    }

    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the stored log at start; start again", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static IllegalStateException altered(String what) {
        return new IllegalStateException(what + ": the log tables were altered; restore a backup");
    }
}
