package org.repatria.bench.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.DropOut;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanCheck;
import org.repatria.core.tranche.PlanText;
import org.repatria.core.tranche.Planner;
import org.repatria.core.tranche.Roster;
import org.repatria.core.tranche.Slot;

/**
 * Plans {@code n} for {@code n} prisoners (default 10,000 a side; one in twenty seriously wounded, exempt from parity),
 * over slots of 390 seats and 20 stretchers, then checks the plan, renders and parses its canonical text (what both
 * sides sign and the server reads back) and re-plans after 30 drop-outs in tranche 1; and plans the same number of bodies one way in wagons. Prints the wall time of the first call of each (the first line
 * is the cold JVM) and the best and median over the runs after warm-up. Arguments: [nominees a side] [runs].
 * Seeded (20250602) so every run plans the same input.
 */
public final class PlanningBenchmark {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final PartyId TR = new PartyId("tr-mfa");
    private static final Deadlines DEADLINES = new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2027, 12, 31));

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        SplittableRandom rng = new SplittableRandom(20250602L);
        Roster ua = roster(UA, n, rng);
        Roster ru = roster(RU, n, rng);
        int counted = (int) Math.min(ua.priority().stream().filter(x -> x.health() != Health.SERIOUSLY_WOUNDED_OR_SICK).count(),
                ru.priority().stream().filter(x -> x.health() != Health.SERIOUSLY_WOUNDED_OR_SICK).count());
        Agreement pow = new Agreement(new AgreementId("bench-pow"), AgreementKind.PRISONERS, UA, RU, TR,
                new Terms.FixedCounts(counted, counted, Eligibility.anyoneOf(Category.POW),
                        Terms.article109()), DEADLINES);
        List<Slot> slots = slots(n / 300 + 10, Capacity.people(390, 20));
        Plan plan = Planner.plan(pow, ua, ru, slots);
        List<DropOut> drops = plan.tranche(1).nomineesFrom(RU).stream().filter(x -> x.health() != Health.SERIOUSLY_WOUNDED_OR_SICK)
                .limit(30).map(x -> new DropOut(x, 1, DropOut.Reason.REFUSED_REPATRIATION)).toList();
        Agreement bodies = new Agreement(new AgreementId("bench-remains"), AgreementKind.REMAINS, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(n), Eligibility.anyoneOf(Category.REMAINS)), DEADLINES);
        Roster remains = new Roster(RU, bodies(n), List.of());
        System.out.printf(Locale.ROOT, "JDK %s, %d processors; %,d for %,d counted (%,d and %,d nominated), %d tranches;"
                + " %d runs after 3 warm-up%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), counted, counted,
                ua.priority().size(), ru.priority().size(), plan.tranches().size(), runs);
        time("plan", runs, () -> Planner.plan(pow, ua, ru, slots));
        time("check", runs, () -> PlanCheck.check(pow, plan));
        time("plan + check", runs, () -> PlanCheck.check(pow, Planner.plan(pow, ua, ru, slots)));
        time("re-plan 30 drop-outs", runs, () -> Planner.replan(pow, plan, ua, ru, 1, drops));
        byte[] text = PlanText.render(plan);
        System.out.printf(Locale.ROOT, "plan text: %,d bytes%n", text.length);
        time("plan text render", runs, () -> PlanText.render(plan));
        time("plan text parse (re-renders)", runs, () -> PlanText.parse(text));
        time("plan + check, bodies one way", runs, () -> PlanCheck.check(bodies,
                Planner.plan(bodies, Roster.empty(UA), remains, slots(n / 1212 + 2, Capacity.remains(4, 303)))));
    }

    private static void time(String what, int runs, Supplier<?> work) {
        long cold = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - cold) / 1e6;
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-30s first %8.1f ms, best %8.1f ms, median %8.1f ms%n", what, first, ms[0], ms[runs / 2]);
    }

    private static Roster roster(PartyId side, int n, SplittableRandom rng) {
        ListId list = new ListId(new UUID(side.hashCode(), 1));
        List<Nominee> priority = new ArrayList<>();
        List<Nominee> reserves = new ArrayList<>();
        for (int i = 0; i < n + 200; i++) {
            Health h = rng.nextInt(20) == 0 ? Health.SERIOUSLY_WOUNDED_OR_SICK : rng.nextInt(4) == 0 ? Health.WOUNDED : Health.FIT;
            Nominee x = new Nominee(new PersonRef(list, "r" + i), side, Category.POW,
                    new PartialDate.Year(1960 + rng.nextInt(45)), i < n ? h : Health.FIT, side + "-" + i, "", "Person " + i);
            (i < n ? priority : reserves).add(x);
        }
        return new Roster(side, priority, reserves);
    }

    private static List<Nominee> bodies(int n) {
        ListId list = new ListId(new UUID(7, 7));
        List<Nominee> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Nominee(new PersonRef(list, "b" + i), RU, Category.REMAINS, PartialDate.unknown(),
                    Health.NOT_APPLICABLE, "", "BT-" + i, ""));
        }
        return out;
    }

    private static List<Slot> slots(int count, Capacity capacity) {
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Slot(LocalDate.of(2025, 6, 9).plusDays(i), "Belarus-Ukraine border", capacity));
        }
        return out;
    }
}
