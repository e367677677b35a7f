package org.repatria.core.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a request row has waited, counted from the mediator's relay of its list, and whether it is past the list's
 * response deadline. Only rows that still {@linkplain RowStatus#waits() wait} age; an answered row is in no bucket.
 */
public final class Ageing {
    /** Age buckets of waiting rows, in days since the relay: the mediator's at-a-glance ageing. */
    public enum Bucket {
        /** Up to 30 days. */
        UP_TO_30("0-30", 30),
        /** 31 to 60 days. */
        UP_TO_60("31-60", 60),
        /** 61 to 90 days. */
        UP_TO_90("61-90", 90),
        /** More than 90 days. */
        OVER_90("90+", Long.MAX_VALUE);

        private final String token;
        private final long lastDay;

        Bucket(String token, long lastDay) {
            this.token = token;
            this.lastDay = lastDay;
        }

        /** The label written in the API, e.g. {@code 31-60}. */
        public String token() {
            return token;
        }

        /** The bucket of a row that has waited {@code days} whole days. */
        public static Bucket ofDays(long days) {
            for (Bucket b : values()) {
                if (days <= b.lastDay) {
                    return b;
                }
            }
            return OVER_90;
        }
    }

    private Ageing() {
    }

    /** Whole days from {@code relayed} to {@code now} (0 on the day of the relay; never negative). */
    public static long days(Instant relayed, Instant now) {
        return Math.max(0, Duration.between(relayed, now).toDays());
    }

    /** The bucket of a row with {@code status}, relayed at {@code relayed}; empty when the row is answered. */
    public static Optional<Bucket> bucket(RowStatus status, Instant relayed, Instant now) {
        Objects.requireNonNull(status, "status");
        return status.waits() ? Optional.of(Bucket.ofDays(days(relayed, now))) : Optional.empty();
    }

    /** Whether a row with {@code status} is overdue: it still waits and the deadline, if one is set, has passed. */
    public static boolean overdue(RowStatus status, Optional<Instant> deadline, Instant now) {
        return status.waits() && deadline.map(now::isAfter).orElse(false);
    }
}
