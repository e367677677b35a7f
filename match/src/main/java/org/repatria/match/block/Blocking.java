package org.repatria.match.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;

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
    private static final int INDEX_BITS = 23;
    private static final int SIDE = 1 << INDEX_BITS;

    private Blocking() {
    }

    /** Candidate pairs between two lists, each as {@code (leftIndex << 32) | rightIndex}, sorted, without repeats. */
    public static Candidates between(List<Profile> left, List<Profile> right) {
        check(left.size());
        check(right.size());
        return collect(key -> entries(key, left, right, false), false);
    }

    /** Candidate pairs within one list ({@code i < j}), encoded as {@link #between}. */
    public static Candidates within(List<Profile> people) {
        check(people.size());
        return collect(key -> entries(key, people, List.of(), true), true);
    }

    /** The fields a blocking key looks at (their agreement among its candidates says nothing about matching). */
    public static List<Set<Field>> keyFields() {
        return Arrays.stream(Key.values()).map(k -> k.fields).toList();
    }

    /**
     * Every blocking value of one person, each with its key (numbered as {@link #keyFields()}) and the refinements
     * that split the value's block when it is too common: for an index that blocks new people against held ones.
     */
    public static void values(Profile person, KeyValues sink) {
        List<String> values = new ArrayList<>();
        for (Key key : Key.values()) {
            values.clear();
            key.values(person, values);
            if (!values.isEmpty()) {
                List<String> refiners = key.refiners(person);
                for (String v : values) {
                    sink.accept(key.ordinal(), v, refiners);
                }
            }
        }
    }

    /** Receives one blocking value of a person (values may repeat within a key). */
    @FunctionalInterface
    public interface KeyValues {
        void accept(int key, String value, List<String> refiners);
    }

    private static Candidates collect(java.util.function.Function<Key, Entries> entries, boolean within) {
        List<long[]> perKey = new ArrayList<>();
        LongList all = new LongList();
        for (Key key : Key.values()) {
            Entries e = entries.apply(key);
            LongList pairs = new LongList();
            walk(e.whole(), pairs, within);
            long[] unique = pairs.sortedUnique();
            perKey.add(unique);
            walk(e.refined(), pairs, within);
            for (long p : pairs.sortedUnique()) {
                all.add(p);
            }
        }
        long[] pairs = all.sortedUnique();
        short[] keys = new short[pairs.length];
        for (int k = 0; k < perKey.size(); k++) {
            long[] mine = perKey.get(k);
            for (int i = 0, j = 0; i < mine.length; i++) {
                while (pairs[j] != mine[i]) {
                    j++;
                }
                keys[j] |= (short) (1 << k);
            }
        }
        return new Candidates(pairs, keys);
    }

    private static void check(int size) {
        if (size >= SIDE) {
            throw new IllegalArgumentException("a list of " + size + " people is more than matching handles at once ("
                    + (SIDE - 1) + "); split it");
        }
    }

    /**
     * A key's sorted entries: one per (person, key value) — 40 bits of the value's hash, the side, the index — and,
     * apart, for the values whose block is too big to compare whole, one per refinement (a sub-block of its own).
     * Sub-block pairs are candidates but train no EM session: the refinement made its field agree, and the session of
     * the key does not leave that field out.
     */
    private record Entries(long[] whole, long[] refined) {
    }

    private static Entries entries(Key key, List<Profile> left, List<Profile> right, boolean within) {
        LongList whole = new LongList();
        visit(key, left, right, (side, i, p, v) -> whole.add(entry(key.ordinal() + "|" + v, side, i)));
        long[] entries = whole.toArray();
        Arrays.sort(entries);
        LongList big = new LongList();
        blocks(entries, within, (start, leftEnd, end, count) -> {
            if (count > MAX_BLOCK) {
                big.add(entries[start] >>> 24);
            }
        });
        long[] oversized = big.sortedUnique(); // entries sort as signed longs, so their hashes are not in order
        if (oversized.length == 0) {
            return new Entries(entries, new long[0]);
        }
        LongList refined = new LongList();
        visit(key, left, right, (side, i, p, v) -> {
            if (Arrays.binarySearch(oversized, hash40(key.ordinal() + "|" + v)) >= 0) {
                for (String refiner : key.refiners(p)) {
                    refined.add(entry(key.ordinal() + "|" + v + "#" + refiner, side, i));
                }
            }
        });
        long[] sub = refined.toArray();
        Arrays.sort(sub);
        return new Entries(entries, sub);
    }

    private static long entry(String value, int side, int index) {
        return (hash40(value) << 24) | ((long) side << INDEX_BITS) | index;
    }

    /** Calls {@code visitor} for every key value of every person on both sides. */
    private static void visit(Key key, List<Profile> left, List<Profile> right, ValueVisitor visitor) {
        List<String> values = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<Profile> people = side == 0 ? left : right;
            for (int i = 0; i < people.size(); i++) {
                values.clear();
                key.values(people.get(i), values);
                for (String v : values) {
                    visitor.accept(side, i, people.get(i), v);
                }
            }
        }
    }

    private interface ValueVisitor {
        void accept(int side, int index, Profile person, String value);
    }

    private interface BlockVisitor {
        /** A block: left entries in [start, leftEnd), right ones in [leftEnd, end); {@code count} pairs. */
        void accept(int start, int leftEnd, int end, long count);
    }

    /** Calls {@code visitor} for each run of sorted entries sharing a hash. */
    private static void blocks(long[] entries, boolean within, BlockVisitor visitor) {
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

    private static void walk(long[] entries, LongList pairs, boolean within) {
        blocks(entries, within, (start, leftEnd, end, count) -> {
            if (count > 0 && count <= MAX_BLOCK) {
                for (int i = start; i < leftEnd; i++) {
                    long a = entries[i] & (SIDE - 1);
                    for (int j = within ? i + 1 : leftEnd; j < (within ? leftEnd : end); j++) {
                        long b = entries[j] & (SIDE - 1);
                        if (within && a == b) {
                            continue;
                        }
                        pairs.add(within ? (Math.min(a, b) << 32) | Math.max(a, b) : (a << 32) | b);
                    }
                }
            }
        });
    }

    private static long hash40(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> 24;
    }

    /** The blocking keys; each gives zero or more values per person. */
    private enum Key {
        SURNAME_YEAR(EnumSet.of(Field.SURNAME, Field.BIRTH_DATE)),
        GIVEN_DATE(EnumSet.of(Field.GIVEN_NAME, Field.BIRTH_DATE)),
        SURNAME_GIVEN(EnumSet.of(Field.SURNAME, Field.GIVEN_NAME)),
        SURNAME_GIVEN_DAY(EnumSet.of(Field.SURNAME, Field.GIVEN_NAME, Field.BIRTH_DATE)),
        DATE_INITIAL(EnumSet.of(Field.BIRTH_DATE, Field.SURNAME)),
        DATE(EnumSet.of(Field.BIRTH_DATE)),
        IDENTIFIER(EnumSet.of(Field.IDENTIFIER)),
        GIVEN_PATRONYMIC_YEAR(EnumSet.of(Field.GIVEN_NAME, Field.PATRONYMIC, Field.BIRTH_DATE)),
        GIVEN_YEAR_INITIAL(EnumSet.of(Field.GIVEN_NAME, Field.BIRTH_DATE, Field.SURNAME)),
        /*
         * Either name + place finds names written in each other's columns, so which name its blocking made agree is
         * not known: it trains no EM session (all fields count as looked at). Left to train, its session saw only
         * date, unit and patronymic and took brothers for matches (date "different" fell from −6.9 to −3.1 bits).
         */
        NAME_PLACE(EnumSet.allOf(Field.class));

        private final Set<Field> fields;

        Key(Set<Field> fields) {
            this.fields = fields;
        }

        /**
         * Further values that split this key's blocks, each a sub-block of its own: birth month or year, and for the
         * name keys also unit, place and patronymic, so that a person whose date is missing still lands in a sub-block
         * small enough to compare when the whole block is too common.
         */
        List<String> refiners(Profile p) {
            List<String> out = new ArrayList<>(4);
            switch (this) {
                case SURNAME_YEAR, GIVEN_YEAR_INITIAL, GIVEN_PATRONYMIC_YEAR -> {
                    p.birthDate().filter(d -> d.complete()).ifPresent(d -> out.add("m" + d.month()));
                    first("u", p.unit(), out);
                }
                case SURNAME_GIVEN -> {
                    p.birthDate().ifPresent(d -> out.add("y" + d.year()));
                    first("u", p.unit(), out);
                    first("p", p.birthPlace(), out);
                    if (!p.patronymic().missing()) {
                        out.add("f" + given(p.patronymic()).getLast());
                    }
                }
                case NAME_PLACE -> {
                    p.birthDate().ifPresent(d -> out.add("y" + d.year()));
                    first("u", p.unit(), out);
                }
                default -> {
                }
            }
            return out;
        }

        private static void first(String tag, Name n, List<String> out) {
            if (!n.keys().isEmpty()) {
                out.add(tag + n.keys().getFirst());
            }
        }

        void values(Profile p, List<String> out) {
            String year = p.birthDate().map(d -> Integer.toString(d.year())).orElse("");
            String date = p.birthDate().filter(d -> d.complete())
                    .map(d -> String.format(Locale.ROOT, "%d-%d-%d", d.year(), d.month(), d.day())).orElse("");
            String day = p.birthDate().filter(d -> d.complete())
                    .map(d -> String.format(Locale.ROOT, "%d-%d", d.month(), d.day())).orElse("");
            switch (this) {
                case SURNAME_YEAR -> cross(p.surname().keys(), List.of(year), out);
                case GIVEN_DATE -> cross(given(p.givenName()), List.of(date), out);
                case SURNAME_GIVEN -> unordered(p.surname().keys(), given(p.givenName()), out);
                case SURNAME_GIVEN_DAY -> {
                    List<String> sg = new ArrayList<>();
                    cross(p.surname().keys(), given(p.givenName()), sg);
                    cross(sg, List.of(day), out);
                }
                case DATE_INITIAL -> cross(List.of(date), initials(p.surname()), out);
                case DATE -> cross(List.of(date), List.of("d"), out);
                case IDENTIFIER -> cross(List.of(p.identifier()), List.of("i"), out);
                case GIVEN_PATRONYMIC_YEAR -> {
                    List<String> gp = new ArrayList<>();
                    cross(given(p.givenName()), given(p.patronymic()), gp);
                    cross(gp, List.of(year), out);
                }
                case NAME_PLACE -> {
                    List<String> names = new ArrayList<>(p.surname().keys());
                    names.addAll(given(p.givenName()));
                    cross(names, p.birthPlace().keys(), out);
                }
                case GIVEN_YEAR_INITIAL -> {
                    List<String> gy = new ArrayList<>();
                    cross(given(p.givenName()), List.of(year), gy);
                    cross(gy, initials(p.surname()), out);
                }
            }
        }

        private static List<String> initials(Name n) {
            return n.keys().stream().map(k -> k.substring(0, 1)).distinct().toList();
        }

        /** The equivalence class and the sound keys, so a misspelt name still meets its correct form. */
        private static List<String> given(Name n) {
            if (n.equivalence().isEmpty()) {
                return n.keys();
            }
            List<String> out = new ArrayList<>(n.keys());
            out.add(n.equivalence());
            return out;
        }

        /** As {@link #cross}, each pair in sorted order, so names written in each other's columns still meet. */
        private static void unordered(List<String> a, List<String> b, List<String> out) {
            for (String x : a) {
                for (String y : b) {
                    if (!x.isEmpty() && !y.isEmpty()) {
                        out.add(x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x);
                    }
                }
            }
        }

        private static void cross(List<String> a, List<String> b, List<String> out) {
            for (String x : a) {
                for (String y : b) {
                    if (!x.isEmpty() && !y.isEmpty()) {
                        out.add(x + "|" + y);
                    }
                }
            }
        }
    }
}
