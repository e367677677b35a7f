package org.repatria.store.exchange;

/**
 * What a document on the log is within an exchange: a step of an agreement's negotiation, or one side's signature on a
 * plan version or a tranche's handover act; {@code number} is the step's, the plan's or the tranche's number.
 */
public record ExchangeDocument(String envelopeId, String agreementId, Role role, int number) {

    /** The part the document plays in its agreement. */
    public enum Role {
        /** The opening proposal. */
        PROPOSAL,
        /** A counter-proposal. */
        COUNTER,
        /** The acceptance of a proposal's text. */
        ACCEPTANCE,
        /** A side's signature on a version of the tranche plan. */
        PLAN_SIGNATURE,
        /** A side's signature on a tranche's handover act. */
        ACT_SIGNATURE
    }
}
