package org.repatria.server.reads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.reads.ReadFilter;
import org.repatria.store.reads.ReadKind;

/**
 * A supervisor's search of the record as typed: who (a username), kind ({@code persons}, {@code genetic},
 * {@code children}), what (a text the path or the ids contain), from and to (a date {@code YYYY-MM-DD}, to inclusive, or
 * an instant), a page. Blank fields select everything.
 */
public record ReadSearch(Optional<String> who, Optional<String> kind, Optional<String> what, Optional<String> from,
                         Optional<String> to, int offset, int limit) {
    /** The longest text a field takes. */
    public static final int MAX_FIELD = 200;

    public ReadSearch {
        who = blankless(who);
        kind = blankless(kind);
        what = blankless(what);
        from = blankless(from);
        to = blankless(to);
    }

    /**
     * The store's filter for readers of {@code party} (empty: every party).
     *
     * @throws HttpProblem 400 naming the field that is not understood
     */
    ReadFilter filter(String party) {
        check("who", who);
        check("what", what);
        if (offset < 0 || offset > ReadFilter.MAX_OFFSET) {
            throw HttpProblem.invalid("offset", "is " + offset + ", the limit is " + ReadFilter.MAX_OFFSET + ": narrow the search");
        }
        if (limit < 1 || limit > ReadFilter.MAX_LIMIT) {
            throw HttpProblem.invalid("limit", "is " + limit + "; choose 1 to " + ReadFilter.MAX_LIMIT);
        }
        Optional<ReadKind> k = kind.map(raw -> ReadKind.ofToken(raw)
                .orElseThrow(() -> HttpProblem.invalid("kind", "is one of persons, genetic, children")));
        return new ReadFilter(party.isEmpty() ? Optional.empty() : Optional.of(party), who, k, what,
                from.map(v -> instant("from", v, false)), to.map(v -> instant("to", v, true)), offset, limit);
    }

    private static void check(String field, Optional<String> value) {
        if (value.isPresent() && value.get().length() > MAX_FIELD) {
            throw HttpProblem.invalid(field, "is " + value.get().length() + " characters, the limit is " + MAX_FIELD);
        }
    }

    private static Instant instant(String field, String v, boolean endOfDay) {
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpProblem.invalid(field, "is not a date (YYYY-MM-DD) or an instant (2026-12-07T09:00:00Z)");
        }
    }

    private static Optional<String> blankless(Optional<String> v) {
        return v.map(String::strip).filter(s -> !s.isEmpty());
    }
}
