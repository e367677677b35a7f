package org.repatria.server.document;

import java.util.List;

/** The JSON bodies of the documents' API: submitting and acknowledging documents, reading them, and party keys. */
public final class DocumentMessages {
    private DocumentMessages() {
    }

    /** {@code POST /api/v1/documents}: the signed entry (a C2SP signed note) and the document's bytes in base64. */
    public record Submit(String entry, String content) {
    }

    /** {@code POST /api/v1/document-batches}: signed submissions, each as {@link Submit}; at most 500 (issue 15). */
    public record Batch(List<Submit> submissions) {
    }

    /** The answer to a {@link Batch}: one receipt per submission, in the order they were sent. */
    public record BatchReply(List<org.repatria.server.log.LogMessages.ReceiptReply> receipts) {
    }

    /** {@code POST /api/v1/documents/{id}/acknowledgement}: the addressee's signed acknowledgement entry. */
    public record Acknowledge(String entry) {
    }

    /** {@code POST /api/v1/documents/{id}/relay}, optional: the addressee the caller means to relay to (a party id). */
    public record Relay(String to) {
    }

    /** {@code POST /api/v1/parties/{id}/keys}: a note verifier key {@code <name>+<key id>+<key>}. */
    public record PartyKey(String vkey) {
    }

    /** {@code GET /api/v1/documents/{id}}: the canonical envelope and the document's steps on the log. */
    public record DocumentReply(String envelopeId, String envelope, List<Step> trail) {
    }

    /** One logged step on a document: entry index, kind and signing party. */
    public record Step(long index, String kind, String signer) {
    }
}
