package org.repatria.server.log;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.repatria.ledger.checkpoint.SignedCheckpoint;

/**
 * Completes the callers' futures of a durable batch on a thread of its own, so the log's single writer goes on to the
 * next batch at once: each caller it wakes may preempt the thread that wakes it (docs/decisions/0185). Batches are
 * acknowledged in the order they were committed; a batch is handed over only once it is durable.
 */
final class Acknowledger implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("repatria-log-receipts").daemon().unstarted(r));

    /** Completes each entry's future with its index ({@code first} + its place) and {@code checkpoint}. */
    void durable(List<QueuedEntry> batch, long first, SignedCheckpoint checkpoint) {
        Runnable complete = () -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(new LogPosition(first + i, checkpoint));
            }
        };
        try {
            thread.execute(complete);
        } catch (RejectedExecutionException closed) { // only after close: the writer's last batch, answered here
            complete.run();
        }
    }

    /** Answers every batch handed over, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
