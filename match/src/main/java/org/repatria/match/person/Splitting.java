package org.repatria.match.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.match.score.Scorer;

/**
 * Splits a person after a reviewer rejected a pair inside it: its rows are joined again, confirmed pairs first and
 * then the others best first (those at or above the review threshold), never joining two groups that hold a
 * rejected pair. The group holding the person's first row keeps its number; the rest become new persons.
 */
final class Splitting {
    private Splitting() {
    }

    /** The person's rows in groups, the group of its first row first, each in joining order. */
    static List<int[]> parts(HeldRows held, int[] rows, Scorer scorer, double threshold) {
        int n = rows.length;
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double p = held.confirmed(rows[i], rows[j]) ? 2
                        : Joining.explain(scorer, held.profiles.get(rows[i]), held.profiles.get(rows[j])).probability();
                if (p >= threshold) {
                    edges.add(new double[] {p, i, j});
                }
            }
        }
        edges.sort(Comparator.comparingDouble((double[] e) -> -e[0]));
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (double[] e : edges) {
            int x = find(parent, (int) e[1]);
            int y = find(parent, (int) e[2]);
            if (x != y && !rejectedBetween(held, rows, members.get(x), members.get(y))) {
                int keep = Math.min(x, y);
                int gone = Math.max(x, y);
                parent[gone] = keep;
                members.get(keep).addAll(members.get(gone));
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rows[i]);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static boolean rejectedBetween(HeldRows held, int[] rows, List<Integer> x, List<Integer> y) {
        for (int a : x) {
            for (int b : y) {
                if (held.rejected(rows[a], rows[b])) {
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

}
