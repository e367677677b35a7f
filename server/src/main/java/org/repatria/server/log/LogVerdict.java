package org.repatria.server.log;

import java.util.List;

/** What the check of a restored log found against the checkpoints witnesses cosigned ({@link RestoredLog#check}). */
public sealed interface LogVerdict {

    /** The restored log's size. */
    long size();

    /**
     * The restored log holds every checkpoint given: each is a prefix of it (RFC 9162 consistency proof). The largest
     * that a witness registered in the restored data cosigned (its cosignature verifies) has {@code cosignedUpTo}
     * entries (0: none), and {@code witnessedBy} names those witnesses.
     */
    record Consistent(long size, String root, long cosignedUpTo, List<String> witnessedBy) implements LogVerdict {
        /** Copies the list. */
        public Consistent {
            witnessedBy = List.copyOf(witnessedBy);
        }
    }

    /**
     * A cosigned checkpoint of {@code witnessed} entries is newer than the restored log: entries {@code size} to
     * {@code witnessed - 1} were acknowledged and are not in the backup.
     */
    record Rollback(long size, long witnessed) implements LogVerdict {
        /** How many acknowledged entries the restore lacks. */
        public long missing() {
            return witnessed - size;
        }
    }

    /** The restored log contradicts a checkpoint (another root at a size it holds), or its own stored checkpoint. */
    record Fork(long size, String why) implements LogVerdict {
    }
}
