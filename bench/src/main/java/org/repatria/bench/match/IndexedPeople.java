package org.repatria.bench.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.match.PersonRecord;

/**
 * Synthetic rows for the person index with ground truth: {@code people} persons (from {@link Population}, with its
 * brothers and namesakes) written as {@code rows} rows in lists of {@link #LIST_ROWS}, every person at least once and
 * the rest again at random, each row in one of the four styles (Ukrainian, Russian, Latin from either) with the
 * right-hand list's mistakes; {@code who.get(r)} is the person of row r.
 */
record IndexedPeople(List<Identity> people, List<PersonRecord> rows, List<String> listOf, int[] who) {
    static final int LIST_ROWS = 10_000;

    static IndexedPeople generate(int rows, double rowsPerPerson, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = (int) Math.max(1, Math.round(rows / rowsPerPerson));
        List<Identity> people = new Population().draw(n, rng);
        Writing writing = new Writing();
        List<PersonRecord> out = new ArrayList<>(rows);
        List<String> lists = new ArrayList<>(rows);
        int[] who = new int[rows];
        for (int r = 0; r < rows; r++) {
            who[r] = r < n ? r : rng.nextInt(n);
            out.add(writing.write(String.format(Locale.ROOT, "%07d", r % LIST_ROWS), people.get(who[r]), style(rng), 1.0, rng));
            lists.add("list-" + r / LIST_ROWS);
        }
        return new IndexedPeople(people, out, lists, who);
    }

    /** A new list of {@code size} rows: {@code known} of them persons already indexed, the rest new persons. */
    static NewList newList(IndexedPeople held, int size, double known, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Identity> strangers = new Population().draw(size, rng);
        Writing writing = new Writing();
        List<PersonRecord> rows = new ArrayList<>(size);
        int[] who = new int[size];
        for (int i = 0; i < size; i++) {
            boolean isKnown = rng.nextDouble() < known;
            who[i] = isKnown ? rng.nextInt(held.people().size()) : -1 - i;
            Identity id = isKnown ? held.people().get(who[i]) : strangers.get(i);
            rows.add(writing.write(String.format(Locale.ROOT, "n%05d", i), id, style(rng), 1.0, rng));
        }
        return new NewList(rows, who);
    }

    /** A new list and, per row, the index of the held person it names (negative for a person not held). */
    record NewList(List<PersonRecord> rows, int[] who) {
    }

    static Writing.Style style(SplittableRandom rng) {
        return Writing.Style.values()[rng.nextInt(4)];
    }
}
