package org.repatria.bench.match;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.repatria.match.person.Joined;
import org.repatria.match.person.PersonIndex;
import org.repatria.match.person.PersonLink;
import org.repatria.match.person.RowRef;

/**
 * Why a new row naming a held person did not join it (issue 14): restores {@code rows} rows as
 * {@link PersonIndexBench} does, adds a 6,000-row list, and sorts each miss by the best pair it had with a row of its
 * true person — at or above the match threshold (lost the one-to-one contest), between review and match (scored under
 * the threshold), or none (never compared, or scored under the review threshold).
 * Usage: {@code PersonJoinProbe [rows] [--seed S]}.
 */
public final class PersonJoinProbe {
    private PersonJoinProbe() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        IndexedPeople people = IndexedPeople.generate(rows, 1.6, seed);
        PersonIndex index = PersonIndexBench.restored(people);
        IndexedPeople.NewList fresh = IndexedPeople.newList(people, 6000, 0.7, seed + 3);
        Map<Long, List<RowRef>> before = new HashMap<>();
        for (int w : fresh.who()) {
            if (w >= 0) {
                before.put(w + 1L, index.rows(w + 1L));
            }
        }
        long cpu = cpu();
        Joined joined = index.add("new", fresh.rows());
        System.out.printf(Locale.ROOT, "add 6,000 rows to %,d: CPU %.1f s%n", rows, (cpu() - cpu) / 1e9);
        Map<RowRef, Map<RowRef, Double>> pairs = new HashMap<>();
        for (PersonLink l : joined.links()) {
            pairs.computeIfAbsent(l.a(), k -> new HashMap<>()).put(l.b(), l.probability());
            pairs.computeIfAbsent(l.b(), k -> new HashMap<>()).put(l.a(), l.probability());
        }
        Map<String, Integer> why = new TreeMap<>();
        int known = 0;
        for (int i = 0; i < fresh.rows().size(); i++) {
            int w = fresh.who()[i];
            if (w < 0) {
                continue;
            }
            known++;
            RowRef me = new RowRef("new", fresh.rows().get(i).id());
            long got = joined.personOfNewRow().get(me);
            if (got == w + 1L) {
                continue;
            }
            double best = -1;
            for (RowRef r : before.get(w + 1L)) {
                best = Math.max(best, pairs.getOrDefault(me, Map.of()).getOrDefault(r, -1.0));
            }
            String where = got <= people.people().size() ? "joined another held person" : "became a new person";
            String reason = best >= 0.5 ? "matched its person (>= 0.5): lost the one-to-one contest"
                    : best >= 0 ? "scored between review and match (0.1-0.5)"
                    : "no pair at review (never compared, or scored under 0.1)";
            why.merge(where + "; " + reason, 1, Integer::sum);
            if (Boolean.getBoolean("probe.show") && why.get(where + "; " + reason) <= 4) {
                System.out.println(reason + ": " + fresh.rows().get(i));
                for (RowRef r : before.get(w + 1L)) {
                    System.out.println("    held " + people.rows().get(rowOf(people, r)));
                }
                joined.links().stream().filter(l -> l.a().equals(me) || l.b().equals(me)).limit(3)
                        .forEach(l -> System.out.printf(Locale.ROOT, "    link %.3f %s%n", l.probability(),
                                l.explanation().text()));
            }
        }
        System.out.printf(Locale.ROOT, "rows of held persons: %d%n", known);
        double all = known;
        why.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %5d  %.3f  %s%n", v, v / all, k));
    }

    private static int rowOf(IndexedPeople people, RowRef r) {
        int list = Integer.parseInt(r.listId().substring("list-".length()));
        return list * IndexedPeople.LIST_ROWS + Integer.parseInt(r.rowId());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
