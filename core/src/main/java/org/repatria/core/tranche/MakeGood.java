package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.party.PartyId;
import org.repatria.core.words.Phrase;

/**
 * Re-planning after a handover: drop-outs leave their tranche, and where the terms fix a number, each is replaced by
 * the side's next unused reserve in the earliest tranche not yet handed over that has room for them.
 */
final class MakeGood {
    private final Agreement agreement;
    private final List<Tranche> tranches;
    private final List<List<Placement>> placements = new ArrayList<>();
    private final Set<PersonRef> used = new HashSet<>();
    private final Map<Integer, Map<PartyId, List<DropOut>>> answered = new TreeMap<>();

    private MakeGood(Agreement agreement, Plan plan) {
        this.agreement = agreement;
        this.tranches = plan.tranches();
        for (Tranche t : tranches) {
            if (t.number() != placements.size() + 1) {
                throw new PlanningException("the plan's tranches must be numbered 1, 2, 3... in order to re-plan; tranche "
                        + (placements.size() + 1) + " is numbered " + t.number() + " (check the plan first)");
            }
            placements.add(new ArrayList<>(t.placements()));
            t.placements().forEach(p -> used.add(p.nominee().person()));
        }
        plan.dropOuts().forEach(d -> used.add(d.nominee().person()));
    }

    static Plan replan(Agreement agreement, Plan plan, Roster r1, Roster r2, int through, List<DropOut> dropOuts) {
        if (!plan.agreement().equals(agreement.id())) {
            throw new PlanningException("the plan is for agreement " + plan.agreement() + ", not " + agreement.id());
        }
        if (through < 0 || through > plan.tranches().size()) {
            throw new PlanningException("tranches handed over must be 0 to " + plan.tranches().size() + ", got " + through);
        }
        MakeGood m = new MakeGood(agreement, plan);
        Map<PartyId, List<DropOut>> owed = new LinkedHashMap<>();
        for (DropOut d : dropOuts) {
            if (m.remove(d) != Basis.EXEMPT && fixesNumbers(agreement.terms())) {
                owed.computeIfAbsent(d.nominee().holder(), k -> new ArrayList<>()).add(d);
            }
        }
        for (Roster r : List.of(r1, r2)) {
            List<Nominee> reserves = new ArrayList<>(Screening.reserves(agreement, r, m.used));
            for (DropOut d : owed.getOrDefault(r.side(), List.of())) {
                m.replace(d, reserves, Math.max(through + 1, d.tranche()));
            }
        }
        List<DropOut> all = new ArrayList<>(plan.dropOuts());
        all.addAll(dropOuts);
        return new Plan(agreement.id(), m.tranches(), plan.unplaced(), all);
    }

    private static boolean fixesNumbers(Terms terms) {
        return terms instanceof Terms.FixedCounts || terms instanceof Terms.OneWay o && o.count().isPresent();
    }

    private Basis remove(DropOut d) {
        if (d.tranche() > tranches.size()) {
            throw new PlanningException(d.nominee().person() + " dropped out of tranche " + d.tranche() + ", but the plan has "
                    + tranches.size() + " tranches");
        }
        List<Placement> in = placements.get(d.tranche() - 1);
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).nominee().person().equals(d.nominee().person())) {
                used.add(d.nominee().person());
                return in.remove(i).basis();
            }
        }
        throw new PlanningException(d.nominee().person() + " (" + d.nominee().displayName() + ") is not in tranche "
                + d.tranche() + " of the plan; name the tranche they were placed in");
    }

    private void replace(DropOut d, List<Nominee> reserves, int from) {
        PartyId side = d.nominee().holder();
        for (int t = from; t <= tranches.size(); t++) {
            Room room = roomLeft(t, side);
            for (int i = 0; i < reserves.size(); i++) {
                if (room.fits(reserves.get(i))) {
                    Nominee r = reserves.remove(i);
                    used.add(r.person());
                    placements.get(t - 1).add(new Placement(r, Basis.MAKE_GOOD));
                    answered.computeIfAbsent(t, k -> new LinkedHashMap<>()).computeIfAbsent(side, k -> new ArrayList<>()).add(d);
                    return;
                }
            }
        }
        throw new PlanningException(side + " cannot make good " + d.nominee().person() + " ("
                + words(d.reason()) + " in tranche " + d.tranche() + "): " + (reserves.isEmpty()
                ? "it has no unused eligible reserve left; nominate more reserves"
                : "no tranche from " + from + " on has room; add a slot or capacity"));
    }

    private Room roomLeft(int tranche, PartyId side) {
        Room room = new Room(tranches.get(tranche - 1).slot().capacity());
        placements.get(tranche - 1).stream().map(Placement::nominee).filter(n -> n.holder().equals(side)).forEach(room::use);
        return room;
    }

    private List<Tranche> tranches() {
        List<Tranche> out = new ArrayList<>();
        for (Tranche t : tranches) {
            List<String> why = new ArrayList<>(t.explanation());
            answered.getOrDefault(t.number(), Map.of()).forEach((side, drops) -> why.add(Phrase.MAKE_GOOD.english(side,
                    drops.size(), drops.stream().collect(Collectors.groupingBy(d -> List.of(words(d.reason()),
                                    String.valueOf(d.tranche())), () -> new TreeMap<>(BY_WORDS), Collectors.counting()))
                    .entrySet().stream().map(e -> Phrase.MADE_GOOD.english(e.getValue(), e.getKey().get(0), e.getKey().get(1)))
                    .collect(Collectors.joining(", ")))));
            out.add(new Tranche(t.number(), t.slot(), placements.get(t.number() - 1), why));
        }
        return out;
    }

    /** Groups drop-outs as "<reason words> in tranche <n>" sorted as that text, as the line always listed them. */
    private static final Comparator<List<String>> BY_WORDS =
            Comparator.comparing(k -> k.get(0) + " in tranche " + k.get(1));

    static String words(DropOut.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
