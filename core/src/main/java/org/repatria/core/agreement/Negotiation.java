package org.repatria.core.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
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
        requireParticipant(by, draft);
        return new Negotiation(List.of(new Proposal(1, by, draft, OptionalInt.empty())), Set.of());
    }

    /** Answers the latest proposal (number {@code answering}) with a new text for the same agreement id and parties. */
    public Negotiation counter(PartyId by, int answering, Agreement draft) {
        requireOpen();
        requireParticipant(by, draft);
        requireLatest(answering, "answer");
        Agreement current = latest().agreement();
        if (!draft.id().equals(current.id()) || !draft.first().equals(current.first())
                || !draft.second().equals(current.second()) || !draft.mediator().equals(current.mediator())) {
            throw new AgreementException("a counter-proposal must keep agreement " + current.id() + " between "
                    + current.first() + " and " + current.second() + " through " + current.mediator()
                    + "; open a new negotiation for a different agreement or parties");
        }
        if (by.equals(latest().by())) {
            throw new AgreementException(by + " cannot answer its own proposal " + answering
                    + "; wait for the counterparty's answer");
        }
        List<Proposal> longer = new ArrayList<>(proposals);
        longer.add(new Proposal(answering + 1, by, draft, OptionalInt.of(answering)));
        return new Negotiation(longer, Set.of());
    }

    /** Accepts proposal {@code number}, which must be the latest and not the accepting party's own. */
    public Negotiation accept(PartyId by, int number) {
        requireOpen();
        requireLatest(number, "accept");
        Proposal latest = latest();
        if (by.equals(latest.by())) {
            throw new AgreementException(by + " cannot accept its own proposal " + number
                    + "; the counterparty must accept it");
        }
        if (!latest.agreement().isParty(by)) {
            throw new AgreementException(by + " cannot accept proposal " + number + ": only " + latest.agreement().first()
                    + " and " + latest.agreement().second() + " accept an agreement");
        }
        if (acceptedBy.contains(by)) {
            throw new AgreementException(by + " has already accepted proposal " + number);
        }
        Set<PartyId> more = new HashSet<>(acceptedBy);
        more.add(by);
        return new Negotiation(proposals, more);
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
        if (isAccepted()) {
            return NegotiationState.ACCEPTED;
        }
        return proposals.size() == 1 ? NegotiationState.PROPOSED : NegotiationState.COUNTERED;
    }

    /** The accepted agreement, once everyone who must has accepted the latest text. */
    public Optional<Agreement> accepted() {
        return isAccepted() ? Optional.of(latest().agreement()) : Optional.empty();
    }

    /** Accepted when every belligerent other than the proposer has accepted: one for a party's text, two for the mediator's. */
    private boolean isAccepted() {
        Agreement a = latest().agreement();
        return Stream.of(a.first(), a.second()).filter(p -> !p.equals(latest().by())).allMatch(acceptedBy::contains);
    }

    private void requireOpen() {
        if (isAccepted()) {
            throw new AgreementException("proposal " + latest().number() + " of agreement " + latest().agreement().id()
                    + " is already accepted and final; open a new negotiation to change it");
        }
    }

    private void requireLatest(int number, String verb) {
        int last = latest().number();
        if (number < 1 || number > last) {
            throw new AgreementException("there is no proposal " + number + " to " + verb + "; the latest is " + last);
        }
        if (number != last) {
            throw new AgreementException("proposal " + number + " is superseded by proposal " + last + "; " + verb
                    + " the latest instead");
        }
    }

    private static void requireParticipant(PartyId by, Agreement draft) {
        if (!draft.isParty(by) && !draft.mediator().equals(by)) {
            throw new AgreementException(by + " cannot propose agreement " + draft.id() + ": only " + draft.first() + ", "
                    + draft.second() + " and the mediator " + draft.mediator() + " take part");
        }
    }
}
