package org.repatria.ledger.audit;

/** What an audit found wrong. */
public enum Problem {
    /** The checkpoint is malformed or not signed by the log's key. */
    BAD_CHECKPOINT,
    /** The checkpoint is of another log (origin differs from the remembered one). */
    DIFFERENT_LOG,
    /** The log shows fewer entries than a checkpoint seen before: truncated or rolled back. */
    ROLLBACK,
    /** Two signed checkpoints that cannot both be true: the log shows different histories to different readers. */
    SPLIT_VIEW,
    /** An entry, tile or entry bundle does not match the signed root. */
    TAMPERED,
    /** A resource the checkpoint requires is not served. */
    UNAVAILABLE,
    /** A receipt's entry is not proven to be in the log at the claimed index. */
    BAD_RECEIPT,
    /** Fewer valid witness cosignatures than required, or an invalid one. */
    COSIGNATURES
}
