package org.repatria.server.desk;

import io.javalin.http.Context;
import java.util.Optional;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;

/**
 * A tranche's slot as the plan edit form gives it ({@code date-N}, {@code crossing-N}, {@code seats-N}...): each field
 * the form leaves out keeps the plan's value, so moving persons alone never changes a date or a capacity.
 */
final class SlotFields {
    /** The slot of a tranche the edit adds: nothing is known until the form says it. */
    static final SlotRequest BLANK = new SlotRequest("", "", 0, 0, 0, 0);

    private SlotFields() {
    }

    /** Tranche {@code number}'s slot: the form's fields over {@code was}; a count that is not a number names its field. */
    static SlotRequest read(Context ctx, int number, SlotRequest was) {
        return new SlotRequest(text(ctx, "date-" + number).orElse(was.date()),
                text(ctx, "crossing-" + number).orElse(was.crossing()),
                count(ctx, "seats-" + number, was.seats()), count(ctx, "stretchers-" + number, was.stretchers()),
                count(ctx, "wagons-" + number, was.wagons()), count(ctx, "per-wagon-" + number, was.bodiesPerWagon()));
    }

    /** A tranche the edit adds needs at least where and when. */
    static SlotRequest requireComplete(SlotRequest slot, int number) {
        if (slot.date().isBlank()) {
            throw HttpProblem.invalid("date-" + number, "the new tranche " + number + " needs a date (YYYY-MM-DD)");
        }
        if (slot.crossing().isBlank()) {
            throw HttpProblem.invalid("crossing-" + number, "the new tranche " + number + " needs a crossing point");
        }
        return slot;
    }

    private static Optional<String> text(Context ctx, String field) {
        return Optional.ofNullable(ctx.formParam(field)).map(String::strip);
    }

    private static int count(Context ctx, String field, int was) {
        Optional<String> raw = text(ctx, field);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return was;
        }
        try {
            int n = Integer.parseInt(raw.get());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the field's name
        }
        throw HttpProblem.invalid(field, "is not a whole number of 0 or more: '" + raw.get() + "'");
    }
}
