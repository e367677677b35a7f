package org.repatria.core.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.person.Category;

/**
 * The rules of a person's states: which transitions exist, and which standing and role may make each. {@link #move}
 * records an allowed move or refuses it saying why and what is allowed instead.
 */
public final class Lifecycle {
    private final Clock clock;

    /** A lifecycle that stamps moves with the clock's time. */
    public Lifecycle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Moves the subject to {@code to} now, by the account; {@link MoveRefusedException} when not allowed. */
    public Move move(Subject subject, PersonState to, Account by, String reason) {
        return move(subject, to, by, reason, clock.instant());
    }

    /** Moves the subject to {@code to} at the given time, by the account; {@link MoveRefusedException} when not allowed. */
    public Move move(Subject subject, PersonState to, Account by, String reason, Instant at) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        PersonState from = subject.state();
        String who = subject.person() + " (" + subject.category().name().toLowerCase(Locale.ROOT) + ")";
        Standing standing = standing(subject, by).orElseThrow(() -> new MoveRefusedException(by.username() + " of "
                + by.party() + " cannot move " + who + ": " + by.party() + " neither holds them (" + subject.holder()
                + "), receives them (" + subject.receiver() + ") nor mediates (" + subject.mediator() + ")"));
        List<Transition> allowed = allowedFrom(from, subject.category());
        boolean ok = allowed.stream().anyMatch(t -> t.to() == to && t.standing() == standing && t.role() == by.role());
        if (!ok) {
            String options = allowed.isEmpty() ? "none: " + from + " is final"
                    : allowed.stream().map(Transitions::describe).collect(Collectors.joining(", "));
            throw new MoveRefusedException("cannot move " + who + " from " + from + " to " + to + " as the "
                    + standing.name().toLowerCase(Locale.ROOT) + " (" + Transitions.roleName(by.role())
                    + "); allowed from " + from + ": " + options);
        }
        return new Move(subject.person(), from, to, by.username(), by.party(), by.role(), standing, at, reason);
    }

    /** The transitions allowed from a state for a person of the given category, in table order. */
    public static List<Transition> allowedFrom(PersonState from, Category category) {
        return Transitions.TABLE.stream()
                .filter(t -> t.from() == from && Transitions.applies(from, category) && Transitions.applies(t.to(), category))
                .toList();
    }

    /**
     * Replays a recorded history from {@code start}: each move must leave the state the previous one reached and be
     * allowed for its recorded standing and role. The subject in its final state; {@link MoveRefusedException}
     * naming the first move that does not fit.
     */
    public static Subject replay(Subject start, List<Move> history) {
        Subject now = start;
        int i = 1;
        for (Move m : history) {
            PersonState from = now.state();
            boolean allowed = allowedFrom(from, now.category()).stream()
                    .anyMatch(t -> t.to() == m.to() && t.standing() == m.standing() && t.role() == m.role());
            if (!m.person().equals(now.person()) || m.from() != from || !allowed) {
                throw new MoveRefusedException("move " + i + " of the history of " + start.person() + " (" + m.from() + " to "
                        + m.to() + " by " + m.username() + ") does not follow: the person was then " + from
                        + (m.person().equals(now.person()) ? "" : ", and the move is for " + m.person()));
            }
            now = now.in(m.to());
            i++;
        }
        return now;
    }

    private static Optional<Standing> standing(Subject subject, Account by) {
        if (by.party().equals(subject.holder())) {
            return Optional.of(Standing.HOLDER);
        }
        if (by.party().equals(subject.receiver())) {
            return Optional.of(Standing.RECEIVER);
        }
        return by.party().equals(subject.mediator()) ? Optional.of(Standing.MEDIATOR) : Optional.empty();
    }
}
