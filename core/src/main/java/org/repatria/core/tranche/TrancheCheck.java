package org.repatria.core.tranche;

import java.util.List;
import java.util.Map;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.agreement.Verdict;
import org.repatria.core.party.PartyId;

/** The checks of one tranche on its own: numbering and dates, who is in it, capacity, parity. */
final class TrancheCheck {
    private TrancheCheck() {
    }

    static void order(Tranche t, Tranche previous, List<Problem> problems) {
        int expected = previous == null ? 1 : previous.number() + 1;
        if (t.number() != expected) {
            problems.add(PlanCheck.at(t, "is numbered " + t.number() + " but comes where tranche " + expected
                    + " should; number the tranches 1, 2, 3... in order"));
        }
        if (previous != null && t.slot().date().isBefore(previous.slot().date())) {
            problems.add(PlanCheck.at(t, "on " + t.slot().date() + " comes before tranche " + previous.number() + " on "
                    + previous.slot().date()));
        }
    }

    static void deadline(Agreement agreement, Tranche t, List<Problem> problems) {
        if (t.slot().date().isAfter(agreement.deadlines().completedBy())) {
            problems.add(PlanCheck.at(t, "on " + t.slot().date() + " is after the agreed completion date "
                    + agreement.deadlines().completedBy()));
        }
        agreement.deadlines().planBy().filter(p -> t.slot().date().isBefore(p)).ifPresent(p -> problems.add(PlanCheck.at(t,
                "on " + t.slot().date() + " is before the plan is due on " + p + "; a tranche crosses on or after its plan's date")));
    }

    static void people(Agreement agreement, Tranche t, Map<PersonRef, Integer> placedIn, List<Problem> problems) {
        for (Placement p : t.placements()) {
            Nominee n = p.nominee();
            String who = n.displayName() + " (" + n.person() + ")";
            if (!agreement.isParty(n.holder())) {
                problems.add(PlanCheck.at(t, who + " is held by " + n.holder() + ", who is not a party to the agreement"));
                continue;
            }
            Integer earlier = placedIn.putIfAbsent(n.person(), t.number());
            if (earlier != null) {
                problems.add(PlanCheck.at(t, n.holder(), who + " is placed twice: in tranche " + earlier + " and here"));
            }
            Verdict v = Eligibility.check(agreement.terms(), n);
            if (!v.eligible()) {
                problems.add(PlanCheck.at(t, n.holder(), who + " does not qualify: " + v.reason()));
            } else if (p.basis() == Basis.EXEMPT && !agreement.terms().exempt().contains(n.health())) {
                problems.add(PlanCheck.at(t, n.holder(), who + " is marked exempt from parity, but the terms exempt "
                        + (agreement.terms().exempt().isEmpty() ? "no one" : "only " + agreement.terms().exempt().stream()
                        .sorted().map(Health::token).toList()) + " and their health is " + n.health().token()));
            }
        }
    }

    static void capacity(Agreement agreement, Tranche t, List<Problem> problems) {
        for (PartyId side : List.of(agreement.first(), agreement.second())) {
            for (Room.Need need : Room.Need.values()) {
                long used = t.from(side).stream().filter(p -> Room.Need.of(p.nominee()) == need).count();
                int room = need.of(t.slot().capacity());
                if (used > room) {
                    problems.add(PlanCheck.at(t, side, used + " " + need.what + " for " + room + " " + need.unit));
                }
            }
        }
    }

    static void parity(Agreement agreement, Plan plan, Tranche t, List<Problem> problems) {
        int a = t.count(agreement.first(), Basis.REGULAR) + droppedOut(agreement, plan, t, agreement.first());
        int b = t.count(agreement.second(), Basis.REGULAR) + droppedOut(agreement, plan, t, agreement.second());
        Ratio ratio = Ratio.of(agreement.terms());
        String counts = agreement.first() + " hands over " + a + ", " + agreement.second() + " " + b + " counted for parity";
        switch (agreement.terms()) {
            case Terms.FixedCounts f -> {
                if (!ratio.keeps(a, b)) {
                    problems.add(PlanCheck.at(t, "breaks the parity of " + ratio.words() + ": " + counts));
                }
            }
            case Terms.AllForAll x -> {
                PartyId shorter = a < b ? agreement.first() : agreement.second();
                if (a != b && laterRegulars(plan, t, shorter)) {
                    problems.add(PlanCheck.at(t, "breaks one-for-one parity: " + counts + ", yet " + shorter
                            + " hands over more later; only the last of its tranches may carry the other side's surplus"));
                }
            }
            case Terms.OneWay o -> {
                PartyId other = agreement.counterpart(o.from());
                if (!t.from(other).isEmpty()) {
                    problems.add(PlanCheck.at(t, other, t.from(other).size() + " persons placed, but the terms transfer only from "
                            + o.from()));
                }
            }
        }
    }

    /** Drop-outs still count for the parity of the tranche they were planned in: that tranche was agreed so. */
    private static int droppedOut(Agreement agreement, Plan plan, Tranche t, PartyId side) {
        return (int) plan.dropOuts().stream().filter(d -> d.tranche() == t.number() && d.nominee().holder().equals(side)
                && !agreement.terms().exempt().contains(d.nominee().health())).count();
    }

    private static boolean laterRegulars(Plan plan, Tranche t, PartyId side) {
        return plan.tranches().stream().anyMatch(u -> u.number() > t.number() && u.count(side, Basis.REGULAR) > 0);
    }
}
