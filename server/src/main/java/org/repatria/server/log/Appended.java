package org.repatria.server.log;

import org.repatria.ledger.checkpoint.SignedCheckpoint;

/** Where a durable entry landed: its index and the first signed checkpoint that covers it. */
public record Appended(long index, SignedCheckpoint checkpoint) {
}
