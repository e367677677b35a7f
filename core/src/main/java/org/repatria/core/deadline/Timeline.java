package org.repatria.core.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;

/**
 * The deadlines of an accepted agreement on a given day, in the order they fall due: each side's nominations, the
 * plan (when the terms set its date), each tranche of the plan in force (its date in the plan, docs/decisions/0179),
 * completion. A deadline met is met whatever the day; one not met is open until its date and overdue after.
 */
public final class Timeline {
    private Timeline() {
    }

    /** The deadlines of {@code agreement} as they stand on {@code today}, given what {@code done} records. */
    public static List<Deadline> of(Agreement agreement, Progress done, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        LocalDate nominationsBy = agreement.deadlines().nominationsBy();
        for (PartyId side : nominating(agreement)) {
            out.add(deadline(new Milestone.Nominations(side), nominationsBy, Optional.ofNullable(done.nominated().get(side)),
                    today));
        }
        agreement.deadlines().planBy().ifPresent(d -> out.add(deadline(new Milestone.PlanInForce(), d, done.planInForce(),
                today)));
        done.tranches().forEach((n, d) -> out.add(deadline(new Milestone.Crossing(n), d,
                Optional.ofNullable(done.crossed().get(n)), today)));
        out.add(deadline(new Milestone.Completion(), agreement.deadlines().completedBy(), completed(done), today));
        return List.copyOf(out);
    }

    /** The sides that nominate: the giving side of a one-way transfer, both sides otherwise (first, then second). */
    static List<PartyId> nominating(Agreement agreement) {
        return agreement.terms() instanceof Terms.OneWay one ? List.of(one.from()) : List.of(agreement.first(),
                agreement.second());
    }

    /** The day the last tranche crossed, when a plan is in force and every one of its tranches crossed. */
    private static Optional<LocalDate> completed(Progress done) {
        if (done.planInForce().isEmpty() || done.tranches().isEmpty()
                || !done.crossed().keySet().containsAll(done.tranches().keySet())) {
            return Optional.empty();
        }
        return Optional.of(Collections.max(done.tranches().keySet().stream().map(done.crossed()::get).toList()));
    }

    private static Deadline deadline(Milestone what, LocalDate due, Optional<LocalDate> met, LocalDate today) {
        return new Deadline(what, due, met.<DeadlineState>map(DeadlineState.Met::new).orElseGet(() -> standing(due, today)));
    }

    private static DeadlineState standing(LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        return left >= 0 ? new DeadlineState.Open(left) : new DeadlineState.Overdue(-left);
    }

    /** The deadlines among {@code all} that are not met, most overdue first, then soonest due. */
    public static List<Deadline> outstanding(List<Deadline> all) {
        return all.stream().filter(d -> !d.met()).sorted(Comparator.comparing(Deadline::due)).toList();
    }
}
