package org.repatria.server.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * The single writer of the log (group commit): takes every entry waiting, appends them to a scratch copy of the tree,
 * writes entries, hashes, documents and the new signed checkpoint in one transaction, and only then makes the batch
 * visible and completes each caller's future. Nothing is acknowledged before it is durable.
 */
final class Appender implements Runnable {
    static final int MAX_BATCH = 4096;
    private final BlockingQueue<QueuedEntry> queue = new LinkedBlockingQueue<>();
    private final LogEntries rows;
    private final CommittedTree tree;
    private final NoteSigner key;
    private volatile boolean running = true;

    Appender(LogEntries rows, CommittedTree tree, NoteSigner key) {
        this.rows = rows;
        this.tree = tree;
        this.key = key;
    }

    void submit(QueuedEntry queued) {
        if (!running) {
            queued.done().completeExceptionally(HttpProblem.conflict("log_stopped", "the log is shutting down; submit again later"));
            return;
        }
        queue.add(queued);
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        List<QueuedEntry> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                QueuedEntry first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commitOrSingly(fresh(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) { // reading for replays failed: nothing was stored
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(p -> p.done().completeExceptionally(HttpProblem.conflict("log_stopped", "the log stopped; submit again later")));
    }

    // A failed batch stored nothing; one refused document (a duplicate among its entry rows) must not sink the others, so each is
    // tried alone and fails alone.
    private void commitOrSingly(List<QueuedEntry> batch) {
        try {
            commit(batch);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().done().completeExceptionally(e);
                return;
            }
            for (QueuedEntry p : batch) {
                try {
                    commit(List.of(p));
                } catch (RuntimeException alone) {
                    p.done().completeExceptionally(alone);
                }
            }
        }
    }

    // Refuses replays (already logged, or twice in this batch) before the transaction, so one cannot sink the others.
    private List<QueuedEntry> fresh(List<QueuedEntry> batch) {
        List<QueuedEntry> fresh = new ArrayList<>();
        Set<String> seen = rows.loggedSteps(batch.stream().map(p -> p.entry().statement().envelope().id().hex()).toList());
        for (QueuedEntry p : batch) {
            var s = p.entry().statement();
            if (!seen.add(p.stepKey())) {
                p.done().completeExceptionally(HttpProblem.conflict("replayed_step", "replay: " + s.signer() + " already logged the step \""
                        + s.kind().token() + "\" on envelope " + s.envelope().id() + "; it is logged once"));
            } else {
                fresh.add(p);
            }
        }
        return fresh;
    }

    private void commit(List<QueuedEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        SignedCheckpoint old = tree.checkpoint();
        long first = old.checkpoint().size();
        BatchHashes scratch = new BatchHashes(tree.committed(), first);
        MerkleTree scratchTree = new MerkleTree(scratch);
        List<LogEntries.Entry> entries = new ArrayList<>(batch.size());
        List<StoredDocument> documents = new ArrayList<>();
        List<EntryRows> stepRows = new ArrayList<>();
        for (QueuedEntry p : batch) {
            byte[] bytes = p.entry().encoded();
            long index = scratchTree.appendLeafHash(TreeHash.leaf(bytes));
            var s = p.entry().statement();
            entries.add(new LogEntries.Entry(index, bytes, s.envelope().id().hex(), s.kind().token(), s.signer()));
            p.document().ifPresent(documents::add);
            stepRows.addAll(p.rows());
        }
        long size = scratch.leafCount();
        Hash root = TreeMath.root(scratch, size);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint(old.checkpoint().origin(), size, root), key);
        rows.append(new LogEntries.Batch(first, entries, hashRows(scratch), documents, stepRows, size,
                checkpoint.encoded()));
        tree.commit(scratch.appended(), checkpoint);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(new LogPosition(first + i, checkpoint));
        }
    }

    private static List<LogEntries.HashRow> hashRows(BatchHashes scratch) {
        List<LogEntries.HashRow> out = new ArrayList<>();
        for (BatchHashes.Appended a : scratch.appended()) {
            for (int level = 0; level < a.completed().size(); level++) {
                out.add(new LogEntries.HashRow(level, a.leafIndex() >> level, a.completed().get(level).bytes()));
            }
        }
        return out;
    }
}
