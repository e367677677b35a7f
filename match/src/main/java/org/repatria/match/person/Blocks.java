package org.repatria.match.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.repatria.match.block.Blocking;
import org.repatria.match.compare.Profile;

/**
 * The held rows' blocking values (the keys of {@link Blocking}) as an inverted map, so a new row finds the held rows
 * it shares a key with without relinking everything. A value held by more than {@link Blocking#MAX_BLOCK} rows is too
 * common to compare whole: from the moment it grows past that, its rows are also filed under its refinements (birth
 * month or year, unit, place, patronymic) and a new row looks there instead.
 */
final class Blocks {
    /**
     * The most held rows one value may give a new row to compare. Far lower than {@link Blocking#MAX_BLOCK}: with 10
     * keys (each giving several values) a true pair shares many. At a million rows held (BENCHMARKS.md), caps of 400,
     * 100, 50 and 25 gave 375, 173, fewer and fewer candidates per new row, the same share of true persons found
     * (0.864–0.867) and fewer wrong joins (new persons joined to a held one: 0.059, 0.055, 0.037, 0.034); a lower cap
     * costs more at filing (more values outgrow it and are refined).
     */
    static final int CAP = 25;
    private final Postings whole = new Postings();
    private final Postings refined = new Postings();

    /** Receives a candidate: the held row and the key that produced it (−1 for a refinement). */
    interface Sink {
        void accept(int row, int key);
    }

    /** A row's distinct blocking values as hashes, each with its key and its refinements' hashes. */
    record Keyed(long[] values, int[] keys, long[][] refinements) {
    }

    /** Works out a profile's keys (pure: callers run it in parallel before filing). */
    static Keyed keyed(Profile p) {
        Map<Long, Integer> keyOf = new LinkedHashMap<>();
        Map<Long, long[]> refinementsOf = new HashMap<>();
        Blocking.values(p, (k, v, refinements) -> {
            long h = nonZero(v);
            if (keyOf.putIfAbsent(h, k) == null) {
                for (int j = 0; j < refinements.length; j++) {
                    refinements[j] = nonZero(refinements[j]);
                }
                refinementsOf.put(h, refinements);
            }
        });
        long[] hashes = new long[keyOf.size()];
        int[] keys = new int[keyOf.size()];
        long[][] refinements = new long[keyOf.size()][];
        int i = 0;
        for (Map.Entry<Long, Integer> e : keyOf.entrySet()) {
            hashes[i] = e.getKey();
            keys[i] = e.getValue();
            refinements[i] = refinementsOf.get(e.getKey());
            i++;
        }
        return new Keyed(hashes, keys, refinements);
    }

    /** Blocking's 40-bit hashes with a bit above them set, as the postings keep 0 for an empty slot. */
    private static long nonZero(long hash) {
        return hash | 1L << 40;
    }

    /** Files held row {@code row}; {@code profiles} gives any held row's profile (to refine a block that outgrows the cap). */
    void file(int row, Keyed k, IntFunction<Profile> profiles) {
        for (int i = 0; i < k.values().length; i++) {
            long h = k.values()[i];
            int c = whole.add(h, row);
            if (c == CAP + 1) {
                List<Integer> members = new ArrayList<>();
                whole.forEach(h, members::add);
                for (int r : members) {
                    refine(r == row ? k.refinements()[i] : refinementsOf(keyed(profiles.apply(r)), h), r);
                }
            } else if (c > CAP + 1) {
                refine(k.refinements()[i], row);
            }
        }
    }

    /** Calls {@code sink} for each held row sharing a value (or, for a too-common value, a refinement) with the row. */
    void candidates(Keyed k, Sink sink) {
        for (int i = 0; i < k.values().length; i++) {
            long h = k.values()[i];
            int c = whole.count(h);
            int key = k.keys()[i];
            if (c > 0 && c <= CAP) {
                whole.forEach(h, r -> sink.accept(r, key));
            } else if (c > CAP) {
                for (long hr : k.refinements()[i]) {
                    if (refined.count(hr) <= CAP) {
                        refined.forEach(hr, r -> sink.accept(r, -1));
                    }
                }
            }
        }
    }

    /** Entries held in both maps (for reports). */
    long entries() {
        return whole.entries() + refined.entries();
    }

    private void refine(long[] refinements, int row) {
        for (long hr : refinements) {
            refined.add(hr, row);
        }
    }

    private static long[] refinementsOf(Keyed k, long value) {
        for (int i = 0; i < k.values().length; i++) {
            if (k.values()[i] == value) {
                return k.refinements()[i];
            }
        }
        return new long[0];
    }
}
