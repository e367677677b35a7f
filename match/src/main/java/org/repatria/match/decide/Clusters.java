package org.repatria.match.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups of people within one list linked directly or through others (union–find over the accepted pairs). */
public final class Clusters {
    private Clusters() {
    }

    /** Clusters of two or more of {@code size} people, from pairs encoded {@code i << 32 | j}, in order of first member. */
    public static List<List<Integer>> of(int size, long[] pairs) {
        int[] label = labels(size, pairs);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            groups.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** For each of {@code size} people, the first member of its cluster (itself when it is alone). */
    public static int[] labels(int size, long[] pairs) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (long p : pairs) {
            int a = find(parent, (int) (p >>> 32));
            int b = find(parent, (int) p);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < size; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
