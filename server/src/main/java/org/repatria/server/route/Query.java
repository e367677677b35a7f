package org.repatria.server.route;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/** Reads query parameters strictly: a value out of range or of the wrong form is a 400 naming the parameter. */
public final class Query {
    /** The largest page of rows a request may ask for. */
    public static final int MAX_LIMIT = 500;
    private static final int MAX_OFFSET = 100_000_000;
    private static final int MAX_FILTER = 200;

    private Query() {
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                throw HttpProblem.invalid(name, "must be from " + min + " to " + max + ", was " + raw.get());
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(name, "must be a whole number from " + min + " to " + max);
        }
    }

    public static boolean flag(Context ctx, String name) {
        return switch (text(ctx, name).orElse("false").toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpProblem.invalid(name, "must be true or false");
        };
    }

    /** The parameter's value, stripped; empty when absent or blank. */
    public static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The row query of {@code ?q=&sort=&desc=&offset=&limit=}. */
    public static RowQuery rows(Context ctx, int defaultLimit) {
        String filter = text(ctx, "q").orElse("");
        if (filter.length() > MAX_FILTER) {
            throw HttpProblem.invalid("q", "must be at most " + MAX_FILTER + " characters");
        }
        return new RowQuery(filter, sort(ctx), flag(ctx, "desc"),
                integer(ctx, "offset", 0, 0, MAX_OFFSET), integer(ctx, "limit", defaultLimit, 1, MAX_LIMIT));
    }

    private static RowSort sort(Context ctx) {
        String raw = text(ctx, "sort").orElse("row");
        for (RowSort s : RowSort.values()) {
            if (s.name().equalsIgnoreCase(raw)) {
                return s;
            }
        }
        throw HttpProblem.invalid("sort", "must be one of row, surname, birth_date, unit, military_id");
    }
}
