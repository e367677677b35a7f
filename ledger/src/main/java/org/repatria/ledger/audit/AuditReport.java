package org.repatria.ledger.audit;

import java.util.Optional;
import org.repatria.ledger.checkpoint.SignedCheckpoint;

/**
 * A passed audit: the verified checkpoint (to remember for the next audit), the size of the checkpoint it was
 * proven consistent with, and how many entries were checked against the tiles.
 */
public record AuditReport(SignedCheckpoint checkpoint, Optional<Long> consistentWithSize, long entriesChecked) {
}
