package org.repatria.match.person;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;

/**
 * The search keys of the held rows: the sound keys of surname, given name and patronymic (which meet across scripts
 * and romanisations), the given name's Ukrainian/Russian class, birth date, birth year and military id. A query's
 * rarest term picks the candidate rows (with the other terms' rows when those are few), every candidate is weighed on
 * every term (rarer terms weigh more), and persons are ranked by their best row.
 */
final class NameSearch {
    /** Rows another term may add to the rarest term's candidates (so a misspelt name still finds by its date). */
    private static final int SECOND_TERM_ROWS = 5_000;
    private final Postings postings = new Postings();

    /** A ranked person: its number and score (0–1). */
    record Ranked(long person, double score) {
    }

    static String dateKey(PartialDate d) {
        return String.format(Locale.ROOT, "d|%d-%d-%d", d.year(), d.month(), d.day());
    }

    void file(int row, Profile p) {
        for (var n : List.of(p.surname(), p.givenName(), p.patronymic())) {
            n.keys().forEach(k -> postings.add(Postings.hash("n|" + k), row));
        }
        if (!p.givenName().equivalence().isEmpty()) {
            postings.add(Postings.hash("g|" + p.givenName().equivalence()), row);
        }
        p.birthDate().ifPresent(d -> {
            postings.add(Postings.hash("y|" + d.year()), row);
            if (d.complete()) {
                postings.add(Postings.hash(dateKey(d)), row);
            }
        });
        if (!p.identifier().isEmpty()) {
            postings.add(Postings.hash("i|" + p.identifier()), row);
        }
    }

    /** The best {@code limit} persons for the query over {@code rows} held rows. */
    List<Ranked> find(Query query, int limit, int rows, IntFunction<Profile> profiles, IntToLongFunction personOf) {
        List<Query.Term> terms = query.terms();
        int n = terms.size();
        long[][] keys = new long[n][];
        double[] weight = new double[n];
        long[] df = new long[n];
        double total = 0;
        for (int t = 0; t < n; t++) {
            keys[t] = terms.get(t).keys().stream().mapToLong(Postings::hash).toArray();
            for (long k : keys[t]) {
                df[t] += postings.count(k);
            }
            weight[t] = Math.max(0.5, Math.log((rows + 1.0) / (Math.min(df[t], rows) + 1.0)) / Math.log(2));
            total += weight[t];
        }
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong(t -> df[t]));
        BitSet candidates = new BitSet();
        for (int i = 0; i < n; i++) {
            int t = order[i];
            if (df[t] > 0 && (candidates.isEmpty() || df[t] <= SECOND_TERM_ROWS)) {
                for (long k : keys[t]) {
                    postings.forEach(k, candidates::set);
                }
            }
        }
        Map<Long, Double> best = new HashMap<>();
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            Profile p = profiles.apply(r);
            double s = 0;
            for (int t = 0; t < n; t++) {
                s += weight[t] * terms.get(t).quality(p);
            }
            if (s > 0) {
                best.merge(personOf.applyAsLong(r), s / total, Math::max);
            }
        }
        List<Ranked> out = new ArrayList<>(best.size());
        best.forEach((person, score) -> out.add(new Ranked(person, score)));
        out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::person));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
