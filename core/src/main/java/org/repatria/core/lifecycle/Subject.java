package org.repatria.core.lifecycle;

import java.util.Objects;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

/** A person whose state may change: who they are, which party holds them, who receives them, and their state now. */
public record Subject(PersonRef person, Category category, PartyId holder, PartyId receiver, PartyId mediator,
                      PersonState state) {
    public Subject {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(state, "state");
        if (holder.equals(receiver) || mediator.equals(holder) || mediator.equals(receiver)) {
            throw new MoveRefusedException(person + " needs a holder, a receiver and a mediator that differ, got "
                    + holder + ", " + receiver + " and " + mediator);
        }
    }

    /** The same subject after a move. */
    public Subject in(PersonState now) {
        return new Subject(person, category, holder, receiver, mediator, now);
    }
}
