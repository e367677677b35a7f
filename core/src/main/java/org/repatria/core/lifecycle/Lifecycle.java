package org.repatria.core.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
        throw new UnsupportedOperationException("lifecycle not written yet");
    }

    /** The transitions allowed from a state for a person of the given category, in table order. */
    public static List<Transition> allowedFrom(PersonState from, Category category) {
        throw new UnsupportedOperationException("lifecycle not written yet");
    }
}
