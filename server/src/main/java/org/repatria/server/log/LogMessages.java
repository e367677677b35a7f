package org.repatria.server.log;

import java.util.List;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.merkle.Hash;

/** The JSON bodies of the log's API. */
public final class LogMessages {
    private LogMessages() {
    }

    /** {@code POST /api/v1/documents}: the signed entry (a C2SP signed note) and the document's bytes in base64. */
    public record Submit(String entry, String content) {
    }

    /** {@code POST /api/v1/documents/{id}/acknowledgement}: the addressee's signed acknowledgement entry. */
    public record Acknowledge(String entry) {
    }

    /** {@code POST /api/v1/parties/{id}/keys}: a note verifier key {@code <name>+<key id>+<key>}. */
    public record PartyKey(String vkey) {
    }

    /** A receipt: entry index, envelope id, and the receipt text that {@code repatria verify --receipt} checks. */
    public record ReceiptReply(long index, String envelopeId, long treeSize, String receipt) {
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

    /** {@code GET /api/v1/documents/{id}}: the canonical envelope and the document's steps on the log. */
    public record DocumentReply(String envelopeId, String envelope, List<Step> trail) {
    }

    /** One logged step on a document: entry index, kind and signing party. */
    public record Step(long index, String kind, String signer) {
    }

    /** {@code POST /api/v1/documents/{id}/disputes}: a dispute's one-line subject and its text. */
    public record DisputeRequest(String subject, String text) {
    }

    /** {@code POST /api/v1/documents/{id}/answers}: the answer's text. */
    public record AnswerRequest(String text) {
    }

    /** {@code GET /api/v1/documents/{id}/disputes}: the document's type and author, and the disputes about it. */
    public record ThreadReply(String envelopeId, String type, String author, List<DisputeReply> disputes) {
    }

    /** A dispute and the answers to it. */
    public record DisputeReply(SaidReply dispute, List<SaidReply> answers) {
    }

    /**
     * A dispute or answer: envelope id, author, addressee, signed time, and its trail; {@code readable} says whether
     * the caller may read its subject and text (otherwise both are empty: the log's metadata alone).
     */
    public record SaidReply(String envelopeId, String author, String to, String time, boolean readable, String subject,
                            String text, List<Step> trail) {
    }

    /** A registered key or a stored cosignature. */
    public record Accepted(String status) {
    }
}
