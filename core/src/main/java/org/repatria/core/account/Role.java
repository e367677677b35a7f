package org.repatria.core.account;

import org.repatria.core.party.PartyKind;

/** What an account may do; each role belongs to one kind of party. */
public enum Role {
    /** Mediator desk: receives, relays, reconciles, plans, runs the log. */
    MEDIATOR(PartyKind.MEDIATOR),
    /** Party desk: submits lists and proposals, answers, confirms handovers, tracks cases. */
    PARTY_DESK(PartyKind.BELLIGERENT),
    /** A party's identification unit: the only role that sees genetic data. */
    IDENTIFICATION(PartyKind.BELLIGERENT),
    /** An observer: reads what it is granted and witnesses the log. */
    OBSERVER(PartyKind.OBSERVER);

    private final PartyKind partyKind;

    Role(PartyKind partyKind) {
        this.partyKind = partyKind;
    }

    /** The kind of party an account with this role must belong to. */
    public PartyKind partyKind() {
        return partyKind;
    }
}
