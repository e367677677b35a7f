package org.repatria.server.reunification;

import java.time.Instant;

/** The JSON of children's returns: guardian checks and reunification records. */
public final class ReunificationMessages {
    private ReunificationMessages() {
    }

    /** {@code POST .../guardian-checks}: the child (its nominated list row), the guardian as checked, the escort. */
    public record GuardianCheckRequest(String list, String row, GuardianRequest guardian, EscortRequest escort) {
    }

    /** The guardian's identity and legal standing ({@code parent}, {@code legal-guardian}, {@code authorised-relative}). */
    public record GuardianRequest(String name, String documentType, String documentNumber, String relation, String standing,
                                  String standingDocument) {
    }

    /** Who accompanied the child: name, role ({@code icrc-delegate}, {@code ombudsperson-staff}, ...), document. */
    public record EscortRequest(String name, String role, String document) {
    }

    /** A recorded guardian check. */
    public record GuardianCheckReply(int tranche, String list, String row, GuardianRequest guardian, EscortRequest escort,
                                     String party, String by, Instant at) {
    }

    /**
     * {@code POST .../reunifications}: the child (nominated row), the request row it answers, and, when the mediator
     * signs with its own key, the signed entry and content (as a document submission); the server-held route takes none.
     */
    public record ReunificationRequest(String list, String row, String requestList, String requestRow, String entry,
                                       String content) {
    }

    /** A reunification: the child, the tranche it came by, the request row, the signed record's envelope, the case closed. */
    public record ReunificationReply(String list, String row, int tranche, String requestList, String requestRow,
                                     String envelopeId, boolean caseClosed, String by, Instant at) {
    }
}
