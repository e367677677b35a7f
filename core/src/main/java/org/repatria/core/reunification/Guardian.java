package org.repatria.core.reunification;

/**
 * The receiving guardian as checked at the handover: identity (name, identity document type and number, relation to
 * the child) and legal standing with the document that proves it.
 */
public record Guardian(String name, String documentType, String documentNumber, String relation, LegalStanding standing,
                       String standingDocument) {
    /** Longest name, in characters. */
    public static final int MAX_NAME = 200;
    /** Longest document type, number or relation, in characters. */
    public static final int MAX_SHORT = 60;
    /** Longest description of the document proving the standing, in characters. */
    public static final int MAX_PROOF = 200;

    public Guardian {
        name = Fields.line("guardian.name", name, MAX_NAME);
        documentType = Fields.line("guardian.document_type", documentType, MAX_SHORT);
        documentNumber = Fields.line("guardian.document_number", documentNumber, MAX_SHORT);
        relation = Fields.line("guardian.relation", relation, MAX_SHORT);
        if (standing == null) {
            throw new ReunificationException("guardian.standing", "guardian.standing is required");
        }
        standingDocument = Fields.line("guardian.standing_document", standingDocument, MAX_PROOF);
    }
}
