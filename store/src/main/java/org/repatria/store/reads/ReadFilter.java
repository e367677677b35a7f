package org.repatria.store.reads;

import java.time.Instant;
import java.util.Optional;

/**
 * Which recorded reads to list: only readers of {@code party} (empty: every party), by account, by kind, whose
 * {@code what} or ids contain a text, from (inclusive) and to (exclusive); mass reads first, then newest first.
 */
public record ReadFilter(Optional<String> party, Optional<String> username, Optional<ReadKind> kind, Optional<String> what,
                         Optional<Instant> from, Optional<Instant> to, int offset, int limit) {
    /** The most reads one page lists. */
    public static final int MAX_LIMIT = 500;
    /** The furthest a page may start: paging deeper keeps too many reads in memory; narrow the filter instead. */
    public static final int MAX_OFFSET = 100_000;

    public ReadFilter {
        if (offset < 0 || offset > MAX_OFFSET || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset 0.." + MAX_OFFSET + " and limit 1.." + MAX_LIMIT);
        }
    }

    boolean admits(RecordedRead r) {
        return party.map(p -> p.equals(r.party())).orElse(true)
                && username.map(u -> u.equals(r.username())).orElse(true)
                && kind.map(k -> k == r.kind()).orElse(true)
                && what.map(w -> r.what().contains(w) || r.ids().stream().anyMatch(id -> id.contains(w))).orElse(true)
                && from.map(f -> !r.at().isBefore(f)).orElse(true)
                && to.map(t -> r.at().isBefore(t)).orElse(true);
    }
}
