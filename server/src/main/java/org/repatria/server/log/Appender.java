package org.repatria.server.log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.merkle.TreeMath;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.StoreException;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * The single writer of the log (group commit): takes every entry waiting, appends them to a scratch copy of the tree,
 * writes entries, hashes, documents and the new signed checkpoint in one transaction, and only then makes the batch
 * visible and hands the batch to the {@link Acknowledger}, which completes each caller's future. Nothing is acknowledged
 * before it is durable.
 */
final class Appender implements Runnable {
    static final int MAX_BATCH = 4096;
    // Each element is a unit: one entry, or a batch submission's entries, committed in one transaction or not at all.
    private final BlockingQueue<List<QueuedEntry>> queue = new LinkedBlockingQueue<>();
    private final LogEntries rows;
    private final CommittedTree tree;
    private final NoteSigner key;
    private final Acknowledger acks;
    private volatile boolean running = true;

    Appender(LogEntries rows, CommittedTree tree, NoteSigner key, Acknowledger acks) {
        this.rows = rows;
        this.tree = tree;
        this.key = key;
        this.acks = acks;
    }

    void submit(QueuedEntry queued) {
        submitAll(List.of(queued));
    }

    /** Queues {@code unit} to be committed in one transaction: all its entries are stored, or none is. */
    void submitAll(List<QueuedEntry> unit) {
        if (!running) {
            unit.forEach(q -> q.done().completeExceptionally(HttpProblem.conflict("log_stopped",
                    "the log is shutting down; submit again later")));
            return;
        }
        queue.add(List.copyOf(unit));
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        List<List<QueuedEntry>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                List<QueuedEntry> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int entries = first.size();
                for (List<QueuedEntry> next = queue.peek(); next != null && entries + next.size() <= MAX_BATCH; next = queue.peek()) {
                    batch.add(queue.poll()); // only this thread takes from the queue, so the peeked unit is the one polled
                    entries += next.size();
                }
                if (!committedAtOnce(batch)) {
                    commitOrSingly(fresh(batch));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) { // reading for replays failed: nothing was stored
                batch.forEach(u -> u.forEach(p -> p.done().completeExceptionally(e)));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(u -> u.forEach(p -> p.done().completeExceptionally(HttpProblem.conflict("log_stopped",
                "the log stopped; submit again later"))));
    }

    // Most batches hold no replay, so the writer does not read the log for them first: the store's unique key on
    // (envelope, kind, signer) refuses a batch holding one, and such a batch (or one the store failed to write; nothing
    // of it was stored) is sorted out the careful way: replays refused by unit before anything is written, then units alone.
    private boolean committedAtOnce(List<List<QueuedEntry>> batch) {
        try {
            commit(batch.stream().flatMap(List::stream).toList());
            return true;
        } catch (StoreException sortOut) { // the store's refusals and failures; nothing of the batch was stored
            return false;
        }
    }

    // A failed batch stored nothing; one refused document (a duplicate among its entry rows) must not sink the others, so each
    // unit is tried alone and fails alone, all its entries together.
    private void commitOrSingly(List<List<QueuedEntry>> batch) {
        try {
            commit(batch.stream().flatMap(List::stream).toList());
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            for (List<QueuedEntry> unit : batch) {
                try {
                    commit(unit);
                } catch (RuntimeException alone) {
                    unit.forEach(p -> p.done().completeExceptionally(alone));
                }
            }
        }
    }

    // Refuses replays (already logged, or twice in this batch) before the transaction, so one cannot sink the others; a unit
    // holding one is refused whole.
    private List<List<QueuedEntry>> fresh(List<List<QueuedEntry>> batch) {
        List<List<QueuedEntry>> fresh = new ArrayList<>();
        Set<String> seen = rows.loggedSteps(batch.stream().flatMap(List::stream).map(QueuedEntry::envelopeId).toList());
        for (List<QueuedEntry> unit : batch) {
            Set<String> mine = new HashSet<>();
            QueuedEntry replayed = null;
            for (QueuedEntry p : unit) {
                if (seen.contains(p.stepKey()) || !mine.add(p.stepKey())) {
                    replayed = p;
                    break;
                }
            }
            if (replayed == null) {
                seen.addAll(mine);
                fresh.add(unit);
                continue;
            }
            var s = replayed.entry().statement();
            HttpProblem replay = HttpProblem.conflict("replayed_step", "replay: " + s.signer() + " already logged the step \""
                    + s.kind().token() + "\" on envelope " + s.envelope().id() + "; it is logged once");
            unit.forEach(p -> p.done().completeExceptionally(replay));
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
        for (QueuedEntry p : batch) { // bytes, leaf hash and envelope id were worked out on the callers' threads
            entries.add(p.row(scratchTree.appendLeafHash(p.leaf())));
            p.document().ifPresent(documents::add);
            stepRows.addAll(p.rows());
        }
        long size = scratch.leafCount();
        Hash root = TreeMath.root(scratch, size);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint(old.checkpoint().origin(), size, root), key);
        rows.append(new LogEntries.Batch(first, entries, hashRows(scratch), documents, stepRows, size,
                checkpoint.encoded()));
        tree.commit(scratch.appended(), checkpoint);
        acks.durable(batch, first, checkpoint);
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
