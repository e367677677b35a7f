package org.repatria.server.log;

import java.util.List;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.merkle.Hash;

/** The JSON bodies of the log's API: receipts, proofs, and what the server says when it stored something. */
public final class LogMessages {
    private LogMessages() {
    }

    /** A receipt: entry index, envelope id, and the receipt text that {@code repatria verify --receipt} checks. */
    public record ReceiptReply(long index, String envelopeId, long treeSize, String receipt) {
        /** The reply for an entry just appended to {@code log}: its receipt under the first checkpoint covering it. */
        public static ReceiptReply of(TransparencyLog log, LogPosition position) {
            Receipt receipt = log.receipt(position);
            return of(receipt, LogEntry.parse(receipt.entry()).statement().envelope().id().hex(), position.treeSize());
        }

        /**
         * As {@link #of(TransparencyLog, LogPosition)} for the caller that appended {@code entry}: its bytes and envelope
         * id are known, so the entry is neither read back from the store nor parsed again.
         */
        public static ReceiptReply of(TransparencyLog log, LogPosition position, LogEntry entry) {
            return of(log.receipt(position, entry.bytes()), entry.statement().envelope().id().hex(), position.treeSize());
        }

        static ReceiptReply of(Receipt r, String envelopeId, long treeSize) {
            return new ReceiptReply(r.index(), envelopeId, treeSize, r.encode());
        }
    }

    /** A proof: the hashes in base64, leaf side (or older tree) first. */
    public record ProofReply(List<String> hashes) {
        static ProofReply of(List<Hash> proof) {
            return new ProofReply(proof.stream().map(Hash::base64).toList());
        }
    }

    /** A registered key or a stored cosignature. */
    public record Accepted(String status) {
    }
}
