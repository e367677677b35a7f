package org.repatria.core.agreement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.party.PartyId;

/**
 * A chain of proposals for one agreement, each answering the previous, until the counterparty accepts the latest
 * text. Immutable: each step returns the new negotiation. A mediator's text needs both belligerents' acceptance.
 */
public final class Negotiation {
    private final List<Proposal> proposals;
    private final Set<PartyId> acceptedBy;

    private Negotiation(List<Proposal> proposals, Set<PartyId> acceptedBy) {
        this.proposals = List.copyOf(proposals);
        this.acceptedBy = Set.copyOf(acceptedBy);
    }

    /** Opens a negotiation with a first proposal by one of the belligerents or the mediator named in it. */
    public static Negotiation open(PartyId by, Agreement draft) {
        throw new UnsupportedOperationException("negotiation not written yet");
    }

    /** Answers the latest proposal (number {@code answering}) with a new text for the same agreement id and parties. */
    public Negotiation counter(PartyId by, int answering, Agreement draft) {
        throw new UnsupportedOperationException("negotiation not written yet");
    }

    /** Accepts proposal {@code number}, which must be the latest and not the accepting party's own. */
    public Negotiation accept(PartyId by, int number) {
        throw new UnsupportedOperationException("negotiation not written yet");
    }

    /** Every proposal so far, oldest first. */
    public List<Proposal> proposals() {
        return proposals;
    }

    /** The text now on the table. */
    public Proposal latest() {
        return proposals.getLast();
    }

    /** Who has accepted the latest text so far. */
    public Set<PartyId> acceptedBy() {
        return acceptedBy;
    }

    /** Where the negotiation stands. */
    public NegotiationState state() {
        throw new UnsupportedOperationException("negotiation not written yet");
    }

    /** The accepted agreement, once everyone who must has accepted the latest text. */
    public Optional<Agreement> accepted() {
        throw new UnsupportedOperationException("negotiation not written yet");
    }
}
