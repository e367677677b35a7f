package org.repatria.store.person;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A reviewer's verdict on two rows, numbered in the order it was recorded: {@code same} (confirmed: the same person)
 * or not (rejected, or a split of a wrong link), from the person's page with a reason, or from a match run's link.
 */
public record PersonVerdict(long seq, RowKey a, RowKey b, boolean same, Source source, Optional<String> run,
                            OptionalInt link, String decidedBy, Instant at, String reason) {
    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    /** Where the verdict was given. */
    public enum Source { PERSON, MATCH }

    public PersonVerdict {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(at, "at");
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason is at most " + MAX_REASON + " characters, was " + reason.length());
        }
    }
}
