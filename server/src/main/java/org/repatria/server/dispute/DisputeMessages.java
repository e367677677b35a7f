package org.repatria.server.dispute;

import java.util.List;
import org.repatria.server.document.DocumentMessages.Step;

/** The JSON bodies of the disputes' API: disputing a document, answering a dispute, and a document's thread. */
public final class DisputeMessages {
    private DisputeMessages() {
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
}
