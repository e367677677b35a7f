package org.repatria.core.agreement;

/** Where a negotiation stands. */
public enum NegotiationState {
    /** One text is on the table, unanswered. */
    PROPOSED,
    /** The latest text answers an earlier one. */
    COUNTERED,
    /** Everyone who must has accepted the latest text; it is final. */
    ACCEPTED
}
