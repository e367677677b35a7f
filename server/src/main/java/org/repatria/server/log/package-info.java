/**
 * The server's verifiable log: one writer appending entries by group commit, the committed tree rebuilt and checked at
 * start, C2SP tiles and checkpoints under /log/, receipts and proofs, witnesses' cosignatures, and the overview the
 * desk shows of it ({@code LogView}: size, checkpoint, each witness's latest cosignature, newest entries), and the check a restore runs on the
 * log it wrote ({@code RestoredLog}: consistent with the witnesses' checkpoints, a rollback or a fork). Documents and
 * disputes, which the log's entries sign, are in {@code server.document} and {@code server.dispute}.
 */
package org.repatria.server.log;
