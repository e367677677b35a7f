package org.repatria.core.agreement;

import java.util.Objects;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/**
 * One text put forward in a negotiation: numbered from 1, by a party or the mediator, answering the previous proposal
 * (empty for the opening one).
 */
public record Proposal(int number, PartyId by, Agreement agreement, OptionalInt answers) {
    public Proposal {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(answers, "answers");
        if (number < 1) {
            throw new AgreementException("proposals are numbered from 1, got " + number);
        }
    }

    /** The canonical text of the proposed agreement, as signed. */
    public byte[] text() {
        return AgreementText.render(agreement);
    }
}
