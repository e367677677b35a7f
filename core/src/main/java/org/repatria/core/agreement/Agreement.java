package org.repatria.core.agreement;

import java.util.Objects;
import org.repatria.core.party.PartyId;

/**
 * An exchange agreed between two belligerents through a mediator. Its canonical text ({@link AgreementText}) is what
 * the parties sign and what the system enforces.
 */
public record Agreement(AgreementId id, AgreementKind kind, PartyId first, PartyId second, PartyId mediator,
                        Terms terms, Deadlines deadlines) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(deadlines, "deadlines");
        if (first.equals(second) || mediator.equals(first) || mediator.equals(second)) {
            throw new AgreementException("agreement " + id + " needs two different parties and a third as mediator, got "
                    + first + ", " + second + " and mediator " + mediator);
        }
        if (terms instanceof Terms.OneWay one && !one.from().equals(first) && !one.from().equals(second)) {
            throw new AgreementException("agreement " + id + " transfers from " + one.from() + ", who is not a party to it ("
                    + first + ", " + second + ")");
        }
    }

    /** Whether the party is one of the two belligerents. */
    public boolean isParty(PartyId party) {
        return first.equals(party) || second.equals(party);
    }

    /** The other belligerent; {@link AgreementException} when {@code party} is not one of the two. */
    public PartyId counterpart(PartyId party) {
        if (first.equals(party)) {
            return second;
        }
        if (second.equals(party)) {
            return first;
        }
        throw new AgreementException(party + " is not a party to agreement " + id + " (" + first + ", " + second + ")");
    }
}
