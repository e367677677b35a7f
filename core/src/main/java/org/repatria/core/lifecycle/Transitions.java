package org.repatria.core.lifecycle;

import static org.repatria.core.account.Role.IDENTIFICATION;
import static org.repatria.core.account.Role.MEDIATOR;
import static org.repatria.core.account.Role.PARTY_DESK;
import static org.repatria.core.lifecycle.PersonState.AGREED;
import static org.repatria.core.lifecycle.PersonState.CONFIRMED_HELD;
import static org.repatria.core.lifecycle.PersonState.DIED_IN_CUSTODY;
import static org.repatria.core.lifecycle.PersonState.HANDED_OVER;
import static org.repatria.core.lifecycle.PersonState.IDENTIFIED;
import static org.repatria.core.lifecycle.PersonState.IN_TRANCHE;
import static org.repatria.core.lifecycle.PersonState.NOMINATED;
import static org.repatria.core.lifecycle.PersonState.NOT_FOUND;
import static org.repatria.core.lifecycle.PersonState.RECEIVED;
import static org.repatria.core.lifecycle.PersonState.REFUSED_REPATRIATION;
import static org.repatria.core.lifecycle.PersonState.REQUESTED;
import static org.repatria.core.lifecycle.PersonState.WITHDRAWN;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repatria.core.account.Role;
import org.repatria.core.person.Category;

/**
 * The table of allowed moves. The holder answers for whom it holds (confirms, hands over, reports deaths and absences);
 * the receiver asks, withdraws and receives; the mediator settles (agrees, places in tranches) and alone records a
 * refusal, since that follows its private interview.
 */
final class Transitions {
    static final List<Transition> TABLE = List.of(
            holder(REQUESTED, CONFIRMED_HELD), holder(REQUESTED, NOT_FOUND), receiver(REQUESTED, WITHDRAWN),
            holder(CONFIRMED_HELD, NOMINATED), receiver(CONFIRMED_HELD, NOMINATED),
            holder(CONFIRMED_HELD, DIED_IN_CUSTODY), receiver(CONFIRMED_HELD, WITHDRAWN),
            mediator(NOMINATED, AGREED), holder(NOMINATED, WITHDRAWN), receiver(NOMINATED, WITHDRAWN),
            holder(NOMINATED, NOT_FOUND), holder(NOMINATED, DIED_IN_CUSTODY), mediator(NOMINATED, REFUSED_REPATRIATION),
            mediator(AGREED, IN_TRANCHE), mediator(AGREED, WITHDRAWN), holder(AGREED, NOT_FOUND),
            holder(AGREED, DIED_IN_CUSTODY), mediator(AGREED, REFUSED_REPATRIATION),
            holder(IN_TRANCHE, HANDED_OVER), holder(IN_TRANCHE, NOT_FOUND), mediator(IN_TRANCHE, NOT_FOUND),
            mediator(IN_TRANCHE, REFUSED_REPATRIATION), holder(IN_TRANCHE, DIED_IN_CUSTODY), mediator(IN_TRANCHE, AGREED),
            receiver(HANDED_OVER, RECEIVED),
            new Transition(RECEIVED, IDENTIFIED, Standing.RECEIVER, IDENTIFICATION),
            holder(NOT_FOUND, CONFIRMED_HELD));

    /** States only the living reach, and the one only remains reach. */
    private static final Set<PersonState> LIVING_ONLY = Set.of(DIED_IN_CUSTODY, REFUSED_REPATRIATION);

    private Transitions() {
    }

    /** Whether a person of the category can ever be in the state. */
    static boolean applies(PersonState state, Category category) {
        boolean remains = category == Category.REMAINS;
        return remains ? !LIVING_ONLY.contains(state) : state != IDENTIFIED;
    }

    private static Transition holder(PersonState from, PersonState to) {
        return new Transition(from, to, Standing.HOLDER, PARTY_DESK);
    }

    private static Transition receiver(PersonState from, PersonState to) {
        return new Transition(from, to, Standing.RECEIVER, PARTY_DESK);
    }

    private static Transition mediator(PersonState from, PersonState to) {
        return new Transition(from, to, Standing.MEDIATOR, MEDIATOR);
    }

    static String describe(Transition t) {
        return t.to() + " by the " + t.standing().name().toLowerCase(Locale.ROOT) + " ("
                + roleName(t.role()) + ")";
    }

    static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
