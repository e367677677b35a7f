package org.repatria.server.log;

import org.repatria.ledger.checkpoint.SignedCheckpoint;

/** Where a durable entry landed: its index and the first signed checkpoint that covers it. */
public record LogPosition(long index, SignedCheckpoint checkpoint) {
    /** The size of the tree that checkpoint signs. */
    long treeSize() {
        return checkpoint.checkpoint().size();
    }
}
