package org.repatria.server.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.Move;
import org.repatria.core.lifecycle.MoveRefusedException;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.lifecycle.Subject;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.exchange.StoredMove;

/**
 * Collects the lifecycle moves of one action through core's rules, starting from the stored states: a refused move is
 * a 409 naming the person and why, and nothing of the action is stored. The caller stores {@link #moves()} with the rest
 * of the action, in one transaction.
 */
final class MoveBatch {
    private final StoredAgreement agreement;
    private final Lifecycle lifecycle;
    private final Instant at;
    private final Map<PersonRef, PersonState> states = new HashMap<>();
    private final List<StoredMove> moves = new ArrayList<>();

    MoveBatch(StoredAgreement agreement, Map<PersonRef, String> stored, Lifecycle lifecycle, Instant at) {
        this.agreement = agreement;
        this.lifecycle = lifecycle;
        this.at = at;
        stored.forEach((p, s) -> states.put(p, PersonState.valueOf(s)));
    }

    /** Where the person stands now, this action's earlier moves included; empty when the agreement has no state yet. */
    Optional<PersonState> state(PersonRef person) {
        return Optional.ofNullable(states.get(person));
    }

    /** Moves the nominee to {@code to} (from {@code initial} when the agreement has no state for them yet). */
    void move(Nominee nominee, PersonState initial, PersonState to, Account by, String reason) {
        PersonState from = states.getOrDefault(nominee.person(), initial);
        Subject subject = new Subject(nominee.person(), nominee.category(), nominee.holder(),
                agreement.counterpart(nominee.holder()), agreement.mediator(), from);
        Move m;
        try {
            m = lifecycle.move(subject, to, by, reason, at);
        } catch (MoveRefusedException e) {
            throw HttpProblem.conflict("move_refused", nominee.person() + " (" + nominee.displayName() + "): " + e.getMessage());
        }
        moves.add(new StoredMove(m.person(), m.from().name(), m.to().name(), m.username(), m.party(), m.at(), m.reason()));
        states.put(nominee.person(), to);
    }

    /** Moves the nominee on from where they stand now (they must have a state). */
    void move(Nominee nominee, PersonState to, Account by, String reason) {
        PersonState from = state(nominee.person()).orElseThrow(() -> HttpProblem.conflict("no_state", nominee.person()
                + " has no state in agreement " + agreement.id() + "; nominate them first"));
        move(nominee, from, to, by, reason);
    }

    List<StoredMove> moves() {
        return List.copyOf(moves);
    }
}
