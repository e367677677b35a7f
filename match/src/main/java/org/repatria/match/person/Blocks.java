package org.repatria.match.person;

import java.util.ArrayList;
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
    static final int CAP = Blocking.MAX_BLOCK;
    private final Postings whole = new Postings();
    private final Postings refined = new Postings();

    /** Receives a candidate: the held row and the key that produced it (−1 for a refinement). */
    interface Sink {
        void accept(int row, int key);
    }

    /** Files held row {@code row}; {@code profiles} gives any held row's profile (to refine a block that outgrows the cap). */
    void file(int row, Profile p, IntFunction<Profile> profiles) {
        values(p).forEach((kv, refiners) -> {
            long h = Postings.hash(kv);
            int c = whole.add(h, row);
            if (c == CAP + 1) {
                int key = Integer.parseInt(kv.substring(0, kv.indexOf('|')));
                whole.forEach(h, r -> refine(kv, r == row ? refiners : refiners(profiles.apply(r), kv, key), r));
            } else if (c > CAP + 1) {
                refine(kv, refiners, row);
            }
        });
    }

    /** Calls {@code sink} for each held row sharing a value (or, for a too-common value, a refinement) with {@code p}. */
    void candidates(Profile p, Sink sink) {
        values(p).forEach((kv, refiners) -> {
            long h = Postings.hash(kv);
            int c = whole.count(h);
            int key = Integer.parseInt(kv.substring(0, kv.indexOf('|')));
            if (c > 0 && c <= CAP) {
                whole.forEach(h, r -> sink.accept(r, key));
            } else if (c > CAP) {
                for (String refiner : refiners) {
                    long hr = Postings.hash(kv + "#" + refiner);
                    if (refined.count(hr) <= CAP) {
                        refined.forEach(hr, r -> sink.accept(r, -1));
                    }
                }
            }
        });
    }

    /** Entries held in both maps (for reports). */
    long entries() {
        return whole.entries() + refined.entries();
    }

    private void refine(String kv, List<String> refiners, int row) {
        for (String refiner : refiners) {
            refined.add(Postings.hash(kv + "#" + refiner), row);
        }
    }

    private static List<String> refiners(Profile p, String kv, int key) {
        List<String> out = new ArrayList<>();
        Blocking.values(p, (k, v, refiners) -> {
            if (k == key && out.isEmpty()) {
                out.addAll(refiners);
            }
        });
        return out;
    }

    /** Each distinct "key|value" of a profile with the key's refinements. */
    private static Map<String, List<String>> values(Profile p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Blocking.values(p, (k, v, refiners) -> out.putIfAbsent(k + "|" + v, refiners));
        return out;
    }
}
