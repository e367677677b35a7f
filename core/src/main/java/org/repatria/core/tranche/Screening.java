package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Verdict;

/** One side's priority list sorted into those exempt from parity, those counted for it, and those left out with why. */
record Screening(List<Nominee> exempt, List<Nominee> regular, List<Unplaced> unplaced) {

    /** Screens a roster; {@code seen} collects every person already screened, so a second nomination is left out. */
    static Screening of(Agreement agreement, Roster roster, Set<PersonRef> seen) {
        requireParty(agreement, roster);
        List<Nominee> exempt = new ArrayList<>();
        List<Nominee> regular = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Nominee n : roster.priority()) {
            requireHeldBy(roster, n);
            Verdict v = Eligibility.check(agreement.terms(), n);
            if (!seen.add(n.person())) {
                unplaced.add(new Unplaced(n, "nominated twice; placed once"));
            } else if (v instanceof Verdict.Eligible e) {
                (e.exemptFromParity() ? exempt : regular).add(n);
            } else {
                unplaced.add(new Unplaced(n, v instanceof Verdict.Undecided ? v.reason() : "not eligible: " + v.reason()));
            }
        }
        return new Screening(exempt, regular, unplaced);
    }

    /** A side's reserves that may still make good a drop-out: eligible, counted for parity, not yet used. */
    static List<Nominee> reserves(Agreement agreement, Roster roster, Set<PersonRef> used) {
        requireParty(agreement, roster);
        List<Nominee> out = new ArrayList<>();
        for (Nominee n : roster.reserves()) {
            requireHeldBy(roster, n);
            if (!used.contains(n.person()) && Eligibility.check(agreement.terms(), n) instanceof Verdict.Eligible e
                    && !e.exemptFromParity()) {
                out.add(n);
            }
        }
        return out;
    }

    private static void requireParty(Agreement agreement, Roster roster) {
        if (!agreement.isParty(roster.side())) {
            throw new PlanningException("a roster of " + roster.side() + " was given, but agreement " + agreement.id()
                    + " is between " + agreement.first() + " and " + agreement.second());
        }
    }

    private static void requireHeldBy(Roster roster, Nominee n) {
        if (!n.holder().equals(roster.side())) {
            throw new PlanningException("the roster of " + roster.side() + " lists " + n.person() + ", who is held by "
                    + n.holder() + "; each side nominates only those it holds");
        }
    }
}
