package org.repatria.core.party;

/** What role a party plays in the talks. */
public enum PartyKind {
    /** A party to the conflict: submits lists, nominates, hands over and receives. */
    BELLIGERENT,
    /** The neutral intermediary (a host ministry, the ICRC): relays, reconciles, witnesses. */
    MEDIATOR,
    /** Reads what it is granted and cosigns the log. */
    OBSERVER
}
