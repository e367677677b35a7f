package org.repatria.match.block;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;

/**
 * Candidate pairs: two people become a candidate pair when they share the value of any one of several blocking
 * keys (surname sound + birth year; given name + birth date; surname + given name in either
 * column; surname + given name + birth day and month; birth date + surname initial; birth date alone (until its blocks
 * outgrow the cap); identifier; given name + patronymic + birth year; given name + birth year + surname initial; either
 * name + place), so one wrong field does not lose a true pair. A key value
 * shared by more than {@link #MAX_BLOCK} pairs is too common to compare whole: only its sub-blocks by birth month or
 * year are compared (where the key has such a refinement), which keeps the number of candidates close to linear in
 * the list size.
 */
public final class Blocking {
    /** The largest number of pairs one key value may produce. */
    public static final int MAX_BLOCK = 400;
    static final int INDEX_BITS = 23;
    static final int SIDE = 1 << INDEX_BITS;
    private static final BlockingKey[] KEYS = BlockingKey.values();
    /**
     * The keys that find a row written twice in one list (docs/decisions/0160): not birth date alone, surname sound +
     * year, given name + patronymic + year or a name + place, which on DuplicatedLists gave 70 % of the within-list
     * candidates and alone found 4 of its 664 true pairs.
     */
    private static final BlockingKey[] NAMING = {BlockingKey.GIVEN_DATE, BlockingKey.SURNAME_GIVEN,
            BlockingKey.SURNAME_GIVEN_DAY, BlockingKey.DATE_INITIAL, BlockingKey.IDENTIFIER,
            BlockingKey.GIVEN_YEAR_INITIAL};

    private Blocking() {
    }

    /** Candidate pairs between two lists, each as {@code (leftIndex << 32) | rightIndex}, sorted, without repeats. */
    public static Candidates between(List<Profile> left, List<Profile> right) {
        check(left.size());
        check(right.size());
        return collect(left, right, false, KEYS);
    }

    /** Candidate pairs within one list ({@code i < j}), encoded as {@link #between}. */
    public static Candidates within(List<Profile> people) {
        check(people.size());
        return collect(people, List.of(), true, KEYS);
    }

    /**
     * Candidate pairs within one list on the keys that name a person only (no birth date alone, surname sound + year,
     * given name + patronymic + year, or name + place): a third as many, for the rows a list wrote twice.
     */
    public static Candidates withinNaming(List<Profile> people) {
        check(people.size());
        return collect(people, List.of(), true, NAMING);
    }

    /** The fields a blocking key looks at (their agreement among its candidates says nothing about matching). */
    public static List<Set<Field>> keyFields() {
        return Arrays.stream(KEYS).map(k -> k.fields).toList();
    }

    /**
     * Every blocking value of one person as its 40-bit hash, each with its key (numbered as {@link #keyFields()}) and
     * the hashes of the refinements that split the value's block when it is too common: for an index that blocks new
     * people against held ones. The hashes are those {@link #between} files people under.
     */
    public static void values(Profile person, KeyValues sink) {
        for (BlockingKey key : KEYS) {
            long[][] states = {new long[8]};
            int[] n = {0};
            key.values(person, state -> {
                if (n[0] == states[0].length) {
                    states[0] = Arrays.copyOf(states[0], n[0] * 2);
                }
                states[0][n[0]++] = state;
            });
            if (n[0] == 0) {
                continue;
            }
            List<String> refiners = key.refiners(person);
            for (int i = 0; i < n[0]; i++) {
                long state = states[0][i];
                long[] refinements = new long[refiners.size()];
                for (int r = 0; r < refinements.length; r++) {
                    refinements[r] = KeyHash.finish(KeyHash.add(KeyHash.add(state, '#'), refiners.get(r)));
                }
                sink.accept(key.ordinal(), KeyHash.finish(state), refinements);
            }
        }
    }

    /** Receives one blocking value of a person (values may repeat within a key), as hashes. */
    @FunctionalInterface
    public interface KeyValues {
        void accept(int key, long value, long[] refinements);
    }

    /**
     * Each key's blocks small enough to compare (whole, and the sub-blocks of the too-common values), then every pair
     * they give filed under its left person: rows sorted and merged per person, so no list of all pairs is sorted.
     */
    private static Candidates collect(List<Profile> left, List<Profile> right, boolean within, BlockingKey[] keys) {
        Blocks[] blocks = Arrays.stream(keys).parallel().map(key -> blocks(key, left, right, within))
                .toArray(Blocks[]::new);
        PairRows rows = new PairRows(left.size(), within);
        long[][] sources = new long[2 * keys.length][];
        int[] codes = new int[sources.length];
        for (int k = 0; k < keys.length; k++) {
            sources[2 * k] = blocks[k].whole();
            codes[2 * k] = keys[k].ordinal();
            sources[2 * k + 1] = blocks[k].refined();
            codes[2 * k + 1] = PairRows.REFINED;
        }
        Arrays.fill(blocks, null);
        rows.file(sources, codes);
        Arrays.fill(sources, null); // the entries are not needed once filed
        return rows.candidates();
    }

    private static void check(int size) {
        if (size >= SIDE) {
            throw new IllegalArgumentException("a list of " + size + " people is more than matching handles at once ("
                    + (SIDE - 1) + "); split it");
        }
    }

    /**
     * A key's sorted entries — 40 bits of the value's hash, the side, the index — of the blocks it compares: its whole
     * blocks of at most {@link #MAX_BLOCK} pairs, and apart, for the values whose block is too big to compare whole,
     * the sub-blocks of their refinements (each a block of its own). Sub-block pairs are candidates but train no EM
     * session: the refinement made its field agree, and the session of the key does not leave that field out.
     */
    private record Blocks(long[] whole, long[] refined) {
    }

    private static Blocks blocks(BlockingKey key, List<Profile> left, List<Profile> right, boolean within) {
        LongList all = new LongList();
        LongList states = new LongList();
        visit(key, left, right, (side, i, p, state) -> {
            all.add(entry(KeyHash.finish(state), side, i));
            states.add(state);
        });
        long[] entries = all.toArray();
        Arrays.parallelSort(entries);
        LongList big = new LongList();
        long[] whole = comparable(entries, within, big);
        long[] oversized = big.sortedUnique(); // entries sort as signed longs, so their hashes are not in order
        if (oversized.length == 0) {
            return new Blocks(whole, new long[0]);
        }
        // The first pass's values in its order, each with the state its hash was finished from: the oversized values'
        // refinements without working every person's values out a second time (docs/decisions/0186).
        LongList refined = new LongList();
        for (int v = 0; v < all.size(); v++) {
            long e = all.get(v);
            if (Arrays.binarySearch(oversized, e >>> 24) >= 0) {
                int side = (int) (e >>> INDEX_BITS) & 1;
                int i = (int) e & (SIDE - 1);
                key.refinements((side == 0 ? left : right).get(i), states.get(v), hash -> refined.add(entry(hash, side, i)));
            }
        }
        long[] sub = refined.toArray();
        Arrays.parallelSort(sub);
        return new Blocks(whole, comparable(sub, within, new LongList()));
    }

    /** The entries of the blocks giving 1 to {@link #MAX_BLOCK} pairs; the hashes of bigger blocks go to {@code big}. */
    private static long[] comparable(long[] entries, boolean within, LongList big) {
        LongList kept = new LongList();
        blocks(entries, within, (start, leftEnd, end, count) -> {
            if (count > MAX_BLOCK) {
                big.add(entries[start] >>> 24);
            } else if (count > 0) {
                for (int i = start; i < end; i++) {
                    kept.add(entries[i]);
                }
            }
        });
        return kept.toArray();
    }

    private static long entry(long hash, int side, int index) {
        return (hash << 24) | ((long) side << INDEX_BITS) | index;
    }

    /** Calls {@code visitor} for every key value of every person on both sides. */
    private static void visit(BlockingKey key, List<Profile> left, List<Profile> right, ValueVisitor visitor) {
        Visit visit = new Visit(visitor);
        for (int side = 0; side < 2; side++) {
            List<Profile> people = side == 0 ? left : right;
            for (int i = 0; i < people.size(); i++) {
                visit.side = side;
                visit.index = i;
                visit.person = people.get(i);
                key.values(visit.person, visit);
            }
        }
    }

    private interface ValueVisitor {
        void accept(int side, int index, Profile person, long state);
    }

    /** The person being visited, handed on with each of its values: one object per visit, not one per person. */
    private static final class Visit implements LongConsumer {
        private final ValueVisitor visitor;
        private int side;
        private int index;
        private Profile person;

        Visit(ValueVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void accept(long state) {
            visitor.accept(side, index, person, state);
        }
    }

    interface BlockVisitor {
        /** A block: left entries in [start, leftEnd), right ones in [leftEnd, end); {@code count} pairs. */
        void accept(int start, int leftEnd, int end, long count);
    }

    /** Calls {@code visitor} for each run of sorted entries sharing a hash. */
    static void blocks(long[] entries, boolean within, BlockVisitor visitor) {
        int start = 0;
        while (start < entries.length) {
            long h = entries[start] >>> 24;
            int end = start;
            int rightStart = -1;
            while (end < entries.length && entries[end] >>> 24 == h) {
                if (rightStart < 0 && (entries[end] & SIDE) != 0) {
                    rightStart = end;
                }
                end++;
            }
            int leftEnd = rightStart < 0 ? end : rightStart;
            long n = leftEnd - start;
            long m = end - leftEnd;
            visitor.accept(start, leftEnd, end, within ? n * (n - 1) / 2 : n * m);
            start = end;
        }
    }
}
