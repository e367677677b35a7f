package org.repatria.match.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.repatria.match.compare.Profile;

/**
 * Decides which person each new row joins, from the scored pairs: new rows that match each other are one person (a
 * list may name someone twice); one-to-one holds between persons, not rows — each new person joins at most one held
 * person and each held person takes at most one new person, the best-scoring pair first; the losers go to review.
 * A new person that also matches a second, untaken held person with near certainty ({@link #BRIDGE}) merges the two
 * (they were one person the index had not seen as such), unless a reviewer said they are not. No row joins a group or
 * a person holding a row it has a {@link Contradiction} with, however its pairs score.
 */
final class Filing {
    /** The probability at which a new person bridges two held persons. */
    static final double BRIDGE = 0.95;

    /** For each new row (by position), the held person it joins or −1 for a new one; and the held persons to merge. */
    record Plan(int[] group, Map<Integer, Long> personOfGroup, List<long[]> merges) {
    }

    private Filing() {
    }

    static Plan plan(HeldRows held, List<Profile> fresh, Joining.Scored s, double threshold) {
        int h = held.size();
        int n = fresh.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        Integer[] within = IntStream.range(0, s.size())
                .filter(k -> s.b()[k] >= h && s.probability()[k] >= threshold).boxed().toArray(Integer[]::new);
        Arrays.sort(within, Comparator.comparingDouble((Integer k) -> -s.probability()[k]));
        for (int k : within) {
            int x = find(parent, s.a()[k] - h);
            int y = find(parent, s.b()[k] - h);
            if (x != y && !contradict(fresh, members.get(x), members.get(y))) {
                parent[Math.max(x, y)] = Math.min(x, y);
                members.get(Math.min(x, y)).addAll(members.get(Math.max(x, y)));
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(parent, i);
        }
        Map<Long, Double> best = new HashMap<>();
        for (int k = 0; k < s.size(); k++) {
            if (s.b()[k] < h && s.probability()[k] >= threshold) {
                long key = ((long) group[s.a()[k] - h] << 40) | held.personOf(s.b()[k]);
                best.merge(key, s.probability()[k], Math::max);
            }
        }
        List<Map.Entry<Long, Double>> order = new ArrayList<>(best.entrySet());
        order.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Integer, Long> personOfGroup = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (Map.Entry<Long, Double> e : order) {
            int g = (int) (e.getKey() >>> 40);
            long person = e.getKey() & ((1L << 40) - 1);
            if (!personOfGroup.containsKey(g) && !taken.contains(person)
                    && !contradict(held, fresh, members.get(g), held.rowsOf(person))) {
                taken.add(person);
                personOfGroup.put(g, person);
            }
        }
        // A list naming one held person twice in rows that did not match each other: the second row still joins when
        // it matches the person with near certainty (it is no brother: a brother would not score that high).
        Map<Long, Integer> groupOfPerson = new HashMap<>();
        personOfGroup.forEach((g, person) -> groupOfPerson.put(person, g));
        for (Map.Entry<Long, Double> e : order) {
            int g = (int) (e.getKey() >>> 40);
            long person = e.getKey() & ((1L << 40) - 1);
            Integer other = groupOfPerson.get(person);
            if (e.getValue() >= BRIDGE && !personOfGroup.containsKey(g) && other != null
                    && !contradict(held, fresh, members.get(g), held.rowsOf(person))
                    && !contradict(fresh, members.get(g), members.get(other))) {
                personOfGroup.put(g, person);
            }
        }
        List<long[]> merges = new ArrayList<>();
        for (Map.Entry<Long, Double> e : order) {
            int g = (int) (e.getKey() >>> 40);
            long person = e.getKey() & ((1L << 40) - 1);
            Long first = personOfGroup.get(g);
            if (e.getValue() >= BRIDGE && first != null && first != person && !taken.contains(person)
                    && held.conflict(first, person) < 0 && !contradict(held, fresh, members.get(g), held.rowsOf(person))
                    && !contradict(held, held.rowsOf(first), held.rowsOf(person))) {
                taken.add(person);
                merges.add(new long[] {first, person});
            }
        }
        return new Plan(group, personOfGroup, merges);
    }

    /** Whether some row of one group of new rows contradicts some row of the other. */
    private static boolean contradict(List<Profile> fresh, List<Integer> x, List<Integer> y) {
        for (int i : x) {
            for (int j : y) {
                if (Contradiction.between(fresh.get(i), fresh.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some new row of the group contradicts some row of the held person. */
    private static boolean contradict(HeldRows held, List<Profile> fresh, List<Integer> group, int[] person) {
        for (int i : group) {
            for (int r : person) {
                if (Contradiction.between(fresh.get(i), held.profiles.get(r))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some row of one held person contradicts some row of the other. */
    private static boolean contradict(HeldRows held, int[] x, int[] y) {
        for (int i : x) {
            for (int j : y) {
                if (Contradiction.between(held.profiles.get(i), held.profiles.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Comparator<PersonLink> bestFirst() {
        return Comparator.comparingDouble(PersonLink::probability).reversed();
    }
}
