package org.repatria.match.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How common each surname, given name, father's name and birth place is among the candidates, so agreeing on a rare
 * one counts for more than on Шевченко or Олександр (the chance two unrelated children agree on it by accident).
 */
final class Frequencies {
    /** The pool size below which shares are counted as if out of this many. */
    static final int SMALLEST_POOL = 1000;
    private final Map<String, Integer> surnames;
    private final Map<String, Integer> given;
    private final Map<String, Integer> fathers;
    private final Map<String, Integer> places;
    private final int size;

    Frequencies(List<Prepared> pool) {
        this.size = Math.max(1, pool.size());
        this.surnames = count(pool, p -> Prepared.form(p.surname()));
        this.given = count(pool, p -> Prepared.givenKey(p.givenName()));
        this.fathers = count(pool, Prepared::fatherClass);
        this.places = count(pool, p -> Prepared.form(p.birthPlace()));
    }

    double surname(Prepared p) {
        return share(surnames, Prepared.form(p.surname()));
    }

    double given(Prepared p) {
        return share(given, Prepared.givenKey(p.givenName()));
    }

    double father(Prepared p) {
        return share(fathers, p.fatherClass());
    }

    double place(Prepared p) {
        return share(places, Prepared.form(p.birthPlace()));
    }

    /** The share of candidates with this value; never below one in the pool (or one in a thousand for a small pool). */
    private double share(Map<String, Integer> counts, String value) {
        return Math.max(counts.getOrDefault(value, 0), 1) / (double) Math.max(size, SMALLEST_POOL);
    }

    private static Map<String, Integer> count(List<Prepared> pool, Function<Prepared, String> key) {
        Map<String, Integer> out = new HashMap<>();
        for (Prepared p : pool) {
            String k = key.apply(p);
            if (!k.isEmpty()) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }
}
