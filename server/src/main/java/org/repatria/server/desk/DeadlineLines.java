package org.repatria.server.desk;

import java.util.List;
import org.repatria.core.deadline.Deadline;
import org.repatria.core.deadline.Milestone;
import org.repatria.core.deadline.DeadlineState;

/**
 * An agreement's deadlines as the lines of its timeline in the reader's words: what is due, the date, and days left,
 * due today or overdue (from {@link DaysLeft}), or met with the date it was met.
 */
final class DeadlineLines {
    private DeadlineLines() {
    }

    /** One line of the timeline; {@code id} names it for the page ({@code nominations-ua}, {@code plan}, {@code tranche-2}). */
    record Line(String id, String what, String due, String standing, String words) {
        boolean overdue() {
            return standing.equals("overdue");
        }
    }

    static List<Line> of(List<Deadline> deadlines, Text t, DaysLeft days) {
        return deadlines.stream().map(d -> line(d, t, days)).toList();
    }

    private static Line line(Deadline d, Text t, DaysLeft days) {
        String id;
        String what;
        switch (d.milestone()) {
            case Milestone.Nominations n -> {
                id = "nominations-" + n.by().value();
                what = t.format("deadline.nominations", t.party(n.by().value()));
            }
            case Milestone.PlanInForce p -> {
                id = "plan";
                what = t.get("deadline.plan");
            }
            case Milestone.Crossing c -> {
                id = "tranche-" + c.number();
                what = t.format("deadline.tranche", c.number());
            }
            case Milestone.Completion c -> {
                id = "completion";
                what = t.get("deadline.completion");
            }
        }
        return switch (d.standing()) {
            case DeadlineState.Met m -> new Line(id, what, d.due().toString(), "met", t.format("deadline.met", m.on().toString()));
            case DeadlineState.Open o -> new Line(id, what, d.due().toString(), "open", days.words(d.due(), t));
            case DeadlineState.Overdue o -> new Line(id, what, d.due().toString(), "overdue", days.words(d.due(), t));
        };
    }
}
