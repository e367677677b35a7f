package org.repatria.core.document;

/** The kinds of document the parties exchange; {@link #token()} is the name used in envelopes. */
public enum DocumentType {
    /** A list of persons (prisoners, civilians, remains, children). */
    PERSON_LIST("person-list"),
    /** A proposal (an exchange, a tranche, a date). */
    PROPOSAL("proposal"),
    /** A memorandum or note verbale. */
    MEMORANDUM("memorandum"),
    /** An answer to a document of the counterparty; it must name the document it answers. */
    ANSWER("answer"),
    /** The act recording a handover, signed by both parties and the mediator. */
    HANDOVER_ACT("handover-act"),
    /** A dispute about a list or a transfer, answered like any other document. */
    DISPUTE("dispute"),
    /** Answers for rows of a request list, person by person; it names the list's document it answers. */
    ANSWERS("answers"),
    /** The mediator's reminder that a request list's rows are still unanswered or overdue. */
    REMINDER("reminder"),
    /** The record that a returned child was handed to a checked parent or guardian, closing the child's case. */
    REUNIFICATION("reunification"),
    /** A side's signed count of a remains tranche at one stage (declared, crossing, morgue). */
    COUNT("count"),
    /** A death record (GC III art. 120, GC I arts. 16-17) the identifying party sends the dead person's own side. */
    DEATH_RECORD("death-record");

    private final String token;

    DocumentType(String token) {
        this.token = token;
    }

    /** The lower-case name written in an envelope. */
    public String token() {
        return token;
    }

    /** The type named by an envelope token. */
    public static DocumentType ofToken(String token) {
        return Tokens.of(values(), DocumentType::token, token, "document type");
    }
}
