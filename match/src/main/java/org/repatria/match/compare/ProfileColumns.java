package org.repatria.match.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.repatria.match.name.Name;

/**
 * Two lists' profiles as flat columns, for comparing millions of pairs: a row of eight ints per person (its names as
 * ids shared by both lists, its birth date as one int, its sex and which of identifier and address it has), so that a
 * pair reads two rows instead of a dozen objects scattered over the heap. The levels are those of {@link Comparison}
 * to the last pair ({@code ProfileColumnsTest}); a {@link Session} per thread compares.
 */
public final class ProfileColumns {
    static final int STRIDE = 8;
    static final int SURNAME = 0;
    static final int GIVEN = 1;
    static final int PATRONYMIC = 2;
    static final int PLACE = 3;
    static final int UNIT = 4;
    static final int DATE = 5;
    static final int FLAGS = 6;
    static final int IDENTIFIER = 7;
    static final int HAS_IDENTIFIER = 1 << 16;
    static final int HAS_ADDRESS = 1 << 17;
    /** Name ids must fit 29 bits: two of them and five bits of answers make one long in a session's table. */
    static final int MAX_NAMES = (1 << 29) - 1;
    /** Rows per chunk when numbering names and filling rows on all cores. */
    private static final int CHUNK = 1 << 14;

    final List<Profile> a;
    final List<Profile> b;
    final int[] left;
    final int[] right;
    /** The names by id (0: missing). */
    final Name[] names;
    /**
     * The identifiers' characters, one run per id (0: none, empty): the slip test reads one array, not a {@code String}
     * and its bytes scattered over the heap (docs/decisions/0186).
     */
    final char[] identifierChars;
    /** Where each id's run starts in {@link #identifierChars} (one more entry than ids: the end). */
    final int[] identifierStarts;
    /** The names' forms laid out by id. */
    final FormArena forms;
    /** The name pairs' answers, shared by this columns' sessions ({@link NameAnswers#table}). */
    final long[] answers;

    private ProfileColumns(List<Profile> a, List<Profile> b) {
        this.a = a;
        this.b = b;
        Map<Name, Integer> nameIds = new IdentityHashMap<>();
        Map<String, Integer> identifierIds = new HashMap<>();
        // Ids by first appearance (left list, then right; row by row; field by field), as one pass would give them:
        // each chunk of rows finds its own distinct names on all cores, the chunks are numbered in order, and the
        // rows are filled on all cores (docs/decisions/0170).
        number(a, nameIds, identifierIds);
        if (a != b) {
            number(b, nameIds, identifierIds);
        }
        this.left = rows(a, nameIds, identifierIds);
        this.right = a == b ? left : rows(b, nameIds, identifierIds);
        this.names = new Name[nameIds.size() + 1];
        nameIds.forEach((n, id) -> names[id] = n);
        String[] identifiers = new String[identifierIds.size() + 1];
        identifierIds.forEach((s, id) -> identifiers[id] = s);
        this.identifierStarts = new int[identifiers.length + 1];
        for (int id = 1; id < identifiers.length; id++) {
            identifierStarts[id + 1] = identifierStarts[id] + identifiers[id].length();
        }
        this.identifierChars = new char[identifierStarts[identifiers.length]];
        for (int id = 1; id < identifiers.length; id++) {
            identifiers[id].getChars(0, identifiers[id].length(), identifierChars, identifierStarts[id]);
        }
        this.forms = new FormArena(names);
        this.answers = NameAnswers.table((long) a.size() + (a == b ? 0 : b.size()));
    }

    /** The columns of {@code a} (left) and {@code b} (right; may be {@code a} itself), with name ids common to both. */
    public static ProfileColumns of(List<Profile> a, List<Profile> b) {
        return new ProfileColumns(a, b);
    }

    /** {@code value} of every name these columns hold, by its id (0, a missing name: NaN). */
    public double[] byName(ToDoubleFunction<Name> value) {
        double[] values = new double[names.length];
        values[0] = Double.NaN;
        IntStream.range(1, names.length).parallel().forEach(id -> values[id] = value.applyAsDouble(names[id]));
        return values;
    }

    /**
     * Per row of the left list (the right one unless {@code left}), two values side by side: at {@code 2 × row} the
     * surname's in {@code bySurname}, at {@code 2 × row + 1} the given name's in {@code byGivenName} (both by name id,
     * as {@link #byName} gives them), so that a pair reads its right-hand person's two in one place.
     */
    public double[] byRow(boolean left, double[] bySurname, double[] byGivenName) {
        int[] rows = left ? this.left : right;
        double[] values = new double[rows.length / STRIDE * 2];
        IntStream.range(0, rows.length / STRIDE).parallel().forEach(r -> {
            values[2 * r] = bySurname[rows[r * STRIDE + SURNAME]];
            values[2 * r + 1] = byGivenName[rows[r * STRIDE + GIVEN]];
        });
        return values;
    }

    /** A comparing session for one thread (it remembers the name pairs it met, by their ids). */
    public Session session() {
        return new Session(this);
    }

    private static int chunks(List<Profile> profiles) {
        return (profiles.size() + CHUNK - 1) / CHUNK;
    }

    /** Gives the names and identifiers of {@code profiles} not yet numbered the next ids, in order of appearance. */
    private static void number(List<Profile> profiles, Map<Name, Integer> nameIds, Map<String, Integer> identifierIds) {
        List<Distinct> found = IntStream.range(0, chunks(profiles)).parallel().mapToObj(c -> {
            Map<Name, Boolean> seen = new IdentityHashMap<>();
            Distinct d = new Distinct(new ArrayList<>(), new LinkedHashSet<>());
            for (int r = c * CHUNK, end = Math.min(profiles.size(), r + CHUNK); r < end; r++) {
                Profile p = profiles.get(r);
                for (Name n : List.of(p.surname(), p.givenName(), p.patronymic(), p.birthPlace(), p.unit())) {
                    if (!n.missing() && seen.put(n, Boolean.TRUE) == null) {
                        d.names().add(n);
                    }
                }
                if (!p.identifier().isEmpty()) {
                    d.identifiers().add(p.identifier());
                }
            }
            return d;
        }).toList();
        for (Distinct d : found) {
            for (Name n : d.names()) {
                if (!nameIds.containsKey(n)) {
                    if (nameIds.size() >= MAX_NAMES) {
                        throw new IllegalArgumentException("more than " + MAX_NAMES + " distinct names: split the lists");
                    }
                    nameIds.put(n, nameIds.size() + 1);
                }
            }
            for (String s : d.identifiers()) {
                identifierIds.putIfAbsent(s, identifierIds.size() + 1);
            }
        }
    }

    /** One chunk's distinct names (by identity) and identifiers, in order of first appearance. */
    private record Distinct(List<Name> names, Set<String> identifiers) {
    }

    /** The rows of {@code profiles}, every name and identifier already numbered; on all cores. */
    private static int[] rows(List<Profile> profiles, Map<Name, Integer> nameIds, Map<String, Integer> identifierIds) {
        int[] rows = new int[profiles.size() * STRIDE];
        IntStream.range(0, chunks(profiles)).parallel().forEach(c -> {
            for (int i = c * CHUNK, end = Math.min(profiles.size(), i + CHUNK); i < end; i++) {
                Profile p = profiles.get(i);
                int r = i * STRIDE;
                rows[r + SURNAME] = id(p.surname(), nameIds);
                rows[r + GIVEN] = id(p.givenName(), nameIds);
                rows[r + PATRONYMIC] = id(p.patronymic(), nameIds);
                rows[r + PLACE] = id(p.birthPlace(), nameIds);
                rows[r + UNIT] = id(p.unit(), nameIds);
                rows[r + DATE] = p.birthDate().map(DateCode::of).orElse(DateCode.MISSING);
                int flags = p.sex();
                if (!p.identifier().isEmpty()) {
                    flags |= HAS_IDENTIFIER;
                    rows[r + IDENTIFIER] = identifierIds.get(p.identifier());
                }
                if (!p.address().missing()) {
                    flags |= HAS_ADDRESS;
                }
                rows[r + FLAGS] = flags;
            }
        });
        return rows;
    }

    private static int id(Name n, Map<Name, Integer> ids) {
        return n.missing() ? 0 : ids.get(n);
    }

    /** One thread's comparing session over these columns; not for sharing between threads. */
    public static final class Session {
        private final ProfileColumns columns;
        /** Pairs read ahead together: enough for their misses to overlap, few enough to stay in the first cache. */
        private static final int BATCH = 16;
        private final ColumnLevels levels;
        /** What the reads ahead read, kept so that they are not left out as unused. */
        private long read;

        private Session(ProfileColumns columns) {
            this.columns = columns;
            this.levels = new ColumnLevels(columns);
        }

        /** Writes the level of every field for left row {@code i} and right row {@code j} into {@code out}. */
        public void compare(int i, int j, byte[] out) {
            levels.compare(i * STRIDE, j * STRIDE, i, j, out);
        }

        /**
         * As {@link #compare(int, int, byte[])} for pairs {@code from} to {@code to} of {@code pairs} (left row in the
         * high int, right row in the low), pair {@code k}'s levels at {@code k × fields} of {@code levels}: the same
         * levels, compared in batches whose rows and name answers are read ahead together (docs/decisions/0186).
         */
        public void compare(long[] pairs, int from, int to, byte[] levels) {
            int fields = Comparison.fields();
            byte[] out = new byte[fields];
            for (int start = from; start < to; start += BATCH) {
                int end = Math.min(to, start + BATCH);
                read += this.levels.warm(pairs, start, end);
                for (int k = start; k < end; k++) {
                    int i = (int) (pairs[k] >>> 32);
                    int j = (int) pairs[k];
                    this.levels.compare(i * STRIDE, j * STRIDE, i, j, out);
                    System.arraycopy(out, 0, levels, k * fields, fields);
                }
            }
        }
    }
}
