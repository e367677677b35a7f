package org.repatria.core.tranche;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;
import org.repatria.core.words.Phrase;

/** Fills the slots in order, tranche by tranche: exempt persons first, then parity-counted ones; see decision 0100. */
final class Allocation {
    private final Agreement agreement;
    private final Ratio ratio;
    private final Side first;
    private final Side second;
    private final List<Unplaced> unplaced = new ArrayList<>();

    private Allocation(Agreement agreement, Roster r1, Roster r2) {
        this.agreement = agreement;
        this.ratio = Ratio.of(agreement.terms());
        if (!r1.side().equals(agreement.first()) || !r2.side().equals(agreement.second())) {
            throw new PlanningException("give the rosters in the agreement's order: first " + agreement.first()
                    + ", then " + agreement.second() + "; got " + r1.side() + ", then " + r2.side());
        }
        Set<PersonRef> seen = new HashSet<>();
        this.first = side(Screening.of(agreement, r1, seen), r1, agreement.terms());
        this.second = side(Screening.of(agreement, r2, seen), r2, agreement.terms());
    }

    static Plan plan(Agreement agreement, Roster r1, Roster r2, List<Slot> offered) {
        Allocation a = new Allocation(agreement, r1, r2);
        LocalDate due = agreement.deadlines().completedBy();
        Optional<LocalDate> planBy = agreement.deadlines().planBy();
        List<Slot> early = offered.stream().filter(s -> planBy.isPresent() && s.date().isBefore(planBy.get())).toList();
        List<Slot> slots = offered.stream().filter(s -> !s.date().isAfter(due) && !early.contains(s)).toList();
        List<Tranche> tranches = new ArrayList<>();
        for (Slot slot : slots) {
            if (a.first.finished() && a.second.finished()) {
                break;
            }
            Tranche t = a.fill(tranches.size() + 1, slot);
            if (!t.placements().isEmpty()) {
                tranches.add(t);
            }
        }
        a.requireFinished(slots.size(), offered.size() - slots.size() - early.size(), due, early.size());
        return new Plan(agreement.id(), tranches, a.unplaced, List.of());
    }

    private Side side(Screening s, Roster roster, Terms terms) {
        unplaced.addAll(s.unplaced());
        long target = switch (terms) {
            case Terms.FixedCounts f -> roster.side().equals(agreement.first()) ? f.first() : f.second();
            case Terms.AllForAll x -> s.regular().size();
            case Terms.OneWay o -> !o.from().equals(roster.side()) ? 0
                    : o.count().isPresent() ? o.count().getAsInt() : s.regular().size();
        };
        if (s.regular().size() < target) {
            throw new PlanningException(roster.side() + " nominated " + s.regular().size() + " eligible persons counted"
                    + " under the terms, but agreement " + agreement.id() + " asks " + target + " from it ("
                    + s.unplaced().size() + " of its nominees are left out, each with its reason); nominate "
                    + (target - s.regular().size()) + " more");
        }
        List<Nominee> counted = s.regular().subList(0, (int) target);
        s.regular().subList((int) target, s.regular().size()).forEach(n -> unplaced.add(
                new Unplaced(n, "beyond the " + target + " agreed from " + roster.side())));
        return new Side(roster.side(), new SideQueue(s.exempt()), new SideQueue(counted), target);
    }

    private Tranche fill(int number, Slot slot) {
        Room room1 = new Room(slot.capacity());
        Room room2 = new Room(slot.capacity());
        List<Placement> placed = new ArrayList<>();
        List<String> why = new ArrayList<>();
        why.add(Explanation.slot(slot));
        exempt(first, room1, placed, why);
        exempt(second, room2, placed, why);
        switch (agreement.terms()) {
            case Terms.OneWay o -> oneWay(o.from().equals(first.id) ? first : second,
                    o.from().equals(first.id) ? room1 : room2, placed, why);
            case Terms.AllForAll x -> allForAll(room1, room2, placed, why);
            case Terms.FixedCounts f -> fixed(room1, room2, placed, why);
        }
        return new Tranche(number, slot, placed, why);
    }

    private void exempt(Side side, Room room, List<Placement> placed, List<String> why) {
        List<Nominee> taken = side.exempt.take(room, Integer.MAX_VALUE);
        taken.forEach(n -> placed.add(new Placement(n, Basis.EXEMPT)));
        if (!taken.isEmpty()) {
            why.add(Phrase.EXEMPT_FIRST.english(side.name, taken.size(), agreement.terms().exempt().stream()
                    .sorted().map(Health::token).toList()));
        }
    }

    private void fixed(Room room1, Room room2, List<Placement> placed, List<String> why) {
        int k1 = first.regular.fitting(room1, (int) first.owed());
        int k2 = second.regular.fitting(room2, (int) second.owed());
        long x = Math.min(first.done + k1, ratio.firstWithin(second.done + k2));
        int a1 = (int) (x - first.done);
        int a2 = (int) (ratio.secondFor(x) - second.done);
        String limit = a1 == first.owed() && a2 == second.owed() ? Phrase.ALL_OWED.english()
                : a1 == k1 ? Phrase.ROOM_FOR.english(first.name) : Phrase.ROOM_FOR_PARITY.english(second.name);
        take(first, room1, a1, placed);
        take(second, room2, a2, placed);
        if (a1 + a2 > 0) {
            why.add(Phrase.FIXED.english(a1, a2, ratio.words(), limit));
            why.add(Explanation.progress(first, second));
        }
    }

    private void allForAll(Room room1, Room room2, List<Placement> placed, List<String> why) {
        int pairs = Math.min(first.regular.fitting(room1, (int) first.owed()), second.regular.fitting(room2, (int) second.owed()));
        take(first, room1, pairs, placed);
        take(second, room2, pairs, placed);
        if (pairs > 0) {
            why.add(Phrase.PAIRS.english(pairs, pairs));
        }
        surplus(first, second, room1, placed, why);
        surplus(second, first, room2, placed, why);
        if (placed.stream().anyMatch(p -> p.basis() == Basis.REGULAR)) {
            why.add(Explanation.progress(first, second));
        }
    }

    private void surplus(Side side, Side other, Room room, List<Placement> placed, List<String> why) {
        if (other.owed() == 0 && side.owed() > 0) {
            int n = take(side, room, side.regular.fitting(room, (int) side.owed()), placed);
            if (n > 0) {
                why.add(Phrase.SURPLUS.english(side.name, n, other.name));
            }
        }
    }

    private void oneWay(Side side, Room room, List<Placement> placed, List<String> why) {
        int n = take(side, room, side.regular.fitting(room, (int) side.owed()), placed);
        if (n > 0) {
            why.add(Phrase.ONE_WAY.english(side.name, n, side.owed() == 0 ? Phrase.LAST_OWED.english()
                    : Phrase.ROOM_ALLOWS.english()));
            why.add(Phrase.PROGRESS_ONE.english(side.name, side.done, side.target));
        }
    }

    private static int take(Side side, Room room, int count, List<Placement> placed) {
        List<Nominee> taken = side.regular.take(room, count);
        taken.forEach(n -> placed.add(new Placement(n, Basis.REGULAR)));
        side.done += taken.size();
        return taken.size();
    }

    private void requireFinished(int slots, int late, LocalDate due, int early) {
        String unused = (late == 0 ? "" : " (" + late + " more offered after the completion date " + due + " are not used)")
                + (early == 0 ? "" : " (" + early + " more offered before the plan is due on "
                + agreement.deadlines().planBy().orElseThrow() + " are not used)");
        for (Side s : List.of(first, second)) {
            if (s.exempt.left() > 0) {
                throw new PlanningException("the " + slots + " slots" + unused + " find no room for " + s.exempt.left()
                        + " of " + s.name + "'s nominees exempt from parity (stretchers or seats); add a slot or capacity");
            }
            if (!s.finished()) {
                throw new PlanningException("the " + slots + " slots" + unused + " carry " + s.done + " of the " + s.target
                        + " owed by " + s.name + "; add a slot or capacity for " + s.owed() + " more");
            }
        }
    }

    /** One side's progress while the plan is made. */
    static final class Side {
        final PartyId id;
        final String name;
        final SideQueue exempt;
        final SideQueue regular;
        final long target;
        long done;

        Side(PartyId id, SideQueue exempt, SideQueue regular, long target) {
            this.id = id;
            this.name = id.value();
            this.exempt = exempt;
            this.regular = regular;
            this.target = target;
        }

        long owed() {
            return target - done;
        }

        boolean finished() {
            return done >= target && exempt.left() == 0;
        }
    }
}
