package org.repatria.server.exchange;

import org.repatria.core.deadline.Deadline;
import org.repatria.core.deadline.Milestone;
import org.repatria.core.deadline.DeadlineState;
import org.repatria.server.exchange.AgreementMessages.DeadlineReply;

/** A core deadline as the API shows it. */
final class DeadlineReplies {
    private DeadlineReplies() {
    }

    static DeadlineReply of(Deadline d) {
        String milestone = switch (d.milestone()) {
            case Milestone.Nominations n -> "nominations";
            case Milestone.PlanInForce p -> "plan";
            case Milestone.Crossing c -> "tranche";
            case Milestone.Completion c -> "completion";
        };
        int tranche = d.milestone() instanceof Milestone.Crossing c ? c.number() : 0;
        String side = d.milestone().side().map(s -> s.value()).orElse("");
        return switch (d.standing()) {
            case DeadlineState.Met m -> new DeadlineReply(milestone, side, tranche, d.due().toString(), "met", m.on().toString(), 0);
            case DeadlineState.Open o -> new DeadlineReply(milestone, side, tranche, d.due().toString(), "open", "", o.daysLeft());
            case DeadlineState.Overdue o -> new DeadlineReply(milestone, side, tranche, d.due().toString(), "overdue", "",
                    o.daysLate());
        };
    }
}
