package org.repatria.server.desk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.repatria.ledger.audit.AuditException;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.Checkpoint;

/**
 * The receipts the desk's trails show, each checked once per server run (docs/decisions/0168): an entry of the log never
 * changes, so once its receipt verified under a checkpoint of size N, "entry i is in the signed log of N entries" stays
 * true and a page need not build the receipt nor check the checkpoint's signature again. Failures are never remembered:
 * they are checked, and shown, on every view. Tampered storage is the start-up check's and the audit's to catch.
 */
final class ReceiptChecks {
    /** How many proved entries are remembered (about 100 bytes each); past it, receipts are checked on every view. */
    static final int MAX_REMEMBERED = 200_000;
    private final LogAuditor auditor;
    private final Map<Long, Long> proved = new ConcurrentHashMap<>();

    ReceiptChecks(LogAuditor auditor) {
        this.auditor = auditor;
    }

    /** What checking entry {@code index}'s receipt said. */
    sealed interface Outcome permits Proved, Failed {
    }

    /** The receipt verified: the entry is in the signed log of {@code size} entries. */
    record Proved(long size) implements Outcome {
    }

    /** The receipt did not verify, for {@code reason}. */
    record Failed(String reason) implements Outcome {
    }

    /** Entry {@code index}'s receipt, built by {@code receipt} only when it was not proved before, checked. */
    Outcome check(long index, Supplier<Receipt> receipt) {
        Long size = proved.get(index);
        if (size != null) {
            return new Proved(size);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = auditor.checkReceipt(receipt.get());
        } catch (AuditException e) {
            return new Failed(e.getMessage());
        }
        if (proved.size() < MAX_REMEMBERED) {
            proved.putIfAbsent(index, checkpoint.size());
        }
        return new Proved(checkpoint.size());
    }
}
