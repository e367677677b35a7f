package org.repatria.match.block;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;

/**
 * The blocking keys; each gives zero or more values per person. A value is "ordinal|part|part…" (a name key, a
 * birth year, "year-month-day", "month-day", an initial), handed on as its {@link KeyHash} state, never as a string.
 */
enum BlockingKey {
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

    final Set<Field> fields;
    private final long start;

    BlockingKey(Set<Field> fields) {
        this.fields = fields;
        this.start = KeyHash.add(KeyHash.add(KeyHash.START, ordinal()), '|');
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
                p.birthDate().filter(PartialDate::complete).ifPresent(d -> out.add("m" + d.month()));
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

    /**
     * Hands {@code out} the hash of each of {@link #refiners}' sub-block values for the value whose state is
     * {@code state}: the state carried on by "#", the tag and the refinement, as {@code KeyHash.add(state + '#',
     * refiner)} gives it, without the strings.
     */
    void refinements(Profile p, long state, LongConsumer out) {
        long h = KeyHash.add(state, '#');
        switch (this) {
            case SURNAME_YEAR, GIVEN_YEAR_INITIAL, GIVEN_PATRONYMIC_YEAR -> {
                PartialDate d = p.birthDate().orElse(null);
                if (d != null && d.complete()) {
                    out.accept(KeyHash.finish(KeyHash.add(KeyHash.add(h, 'm'), d.month())));
                }
                first(h, 'u', p.unit(), out);
            }
            case SURNAME_GIVEN -> {
                p.birthDate().ifPresent(d -> out.accept(KeyHash.finish(KeyHash.add(KeyHash.add(h, 'y'), d.year()))));
                first(h, 'u', p.unit(), out);
                first(h, 'p', p.birthPlace(), out);
                Name patronymic = p.patronymic();
                if (!patronymic.missing()) {
                    out.accept(KeyHash.finish(KeyHash.add(KeyHash.add(h, 'f'), given(patronymic, givenCount(patronymic) - 1))));
                }
            }
            case NAME_PLACE -> {
                p.birthDate().ifPresent(d -> out.accept(KeyHash.finish(KeyHash.add(KeyHash.add(h, 'y'), d.year()))));
                first(h, 'u', p.unit(), out);
            }
            default -> {
            }
        }
    }

    private static void first(long h, char tag, Name n, LongConsumer out) {
        if (!n.keys().isEmpty()) {
            out.accept(KeyHash.finish(KeyHash.add(KeyHash.add(h, tag), n.keys().getFirst())));
        }
    }

    private static void first(String tag, Name n, List<String> out) {
        if (!n.keys().isEmpty()) {
            out.add(tag + n.keys().getFirst());
        }
    }

    /** Hands {@code out} the hash state of each of the person's values of this key (repeats included). */
    void values(Profile p, LongConsumer out) {
        PartialDate d = p.birthDate().orElse(null);
        boolean complete = d != null && d.complete();
        switch (this) {
            case SURNAME_YEAR -> {
                if (d != null) {
                    for (String s : p.surname().keys()) {
                        if (!s.isEmpty()) {
                            out.accept(KeyHash.add(bar(KeyHash.add(start, s)), d.year()));
                        }
                    }
                }
            }
            case GIVEN_DATE -> {
                if (complete) {
                    Name given = p.givenName();
                    for (int k = 0, n = givenCount(given); k < n; k++) {
                        String g = given(given, k);
                        if (!g.isEmpty()) {
                            out.accept(date(bar(KeyHash.add(start, g)), d));
                        }
                    }
                }
            }
            case SURNAME_GIVEN -> {
                Name given = p.givenName();
                for (String x : p.surname().keys()) {
                    for (int k = 0, n = givenCount(given); k < n; k++) {
                        String y = given(given, k);
                        if (!x.isEmpty() && !y.isEmpty()) {
                            boolean inOrder = x.compareTo(y) <= 0;
                            out.accept(KeyHash.add(bar(KeyHash.add(start, inOrder ? x : y)), inOrder ? y : x));
                        }
                    }
                }
            }
            case SURNAME_GIVEN_DAY -> {
                if (complete) {
                    Name given = p.givenName();
                    for (String s : p.surname().keys()) {
                        for (int k = 0, n = givenCount(given); k < n; k++) {
                            String g = given(given, k);
                            if (!s.isEmpty() && !g.isEmpty()) {
                                long h = bar(KeyHash.add(bar(KeyHash.add(start, s)), g));
                                out.accept(KeyHash.add(KeyHash.add(KeyHash.add(h, d.month()), '-'), d.day()));
                            }
                        }
                    }
                }
            }
            case DATE_INITIAL -> {
                if (complete) {
                    initials(p.surname(), bar(date(start, d)), out);
                }
            }
            case DATE -> {
                if (complete) {
                    out.accept(KeyHash.add(bar(date(start, d)), 'd'));
                }
            }
            case IDENTIFIER -> {
                if (!p.identifier().isEmpty()) {
                    out.accept(KeyHash.add(bar(KeyHash.add(start, p.identifier())), 'i'));
                }
            }
            case GIVEN_PATRONYMIC_YEAR -> {
                if (d != null) {
                    Name given = p.givenName();
                    Name patronymic = p.patronymic();
                    for (int k = 0, n = givenCount(given); k < n; k++) {
                        String g = given(given, k);
                        for (int m = 0, o = givenCount(patronymic); m < o; m++) {
                            String f = given(patronymic, m);
                            if (!g.isEmpty() && !f.isEmpty()) {
                                out.accept(KeyHash.add(bar(KeyHash.add(bar(KeyHash.add(start, g)), f)), d.year()));
                            }
                        }
                    }
                }
            }
            case NAME_PLACE -> {
                List<String> surnames = p.surname().keys();
                Name given = p.givenName();
                for (int k = 0, count = surnames.size() + givenCount(given); k < count; k++) {
                    String n = k < surnames.size() ? surnames.get(k) : given(given, k - surnames.size());
                    for (String place : p.birthPlace().keys()) {
                        if (!n.isEmpty() && !place.isEmpty()) {
                            out.accept(KeyHash.add(bar(KeyHash.add(start, n)), place));
                        }
                    }
                }
            }
            case GIVEN_YEAR_INITIAL -> {
                if (d != null) {
                    Name given = p.givenName();
                    for (int k = 0, n = givenCount(given); k < n; k++) {
                        String g = given(given, k);
                        if (!g.isEmpty()) {
                            initials(p.surname(), bar(KeyHash.add(bar(KeyHash.add(start, g)), d.year())), out);
                        }
                    }
                }
            }
        }
    }

    private static long bar(long state) {
        return KeyHash.add(state, '|');
    }

    /** "year-month-day", as {@code String.format("%d-%d-%d")} writes it. */
    private static long date(long state, PartialDate d) {
        return KeyHash.add(KeyHash.add(KeyHash.add(KeyHash.add(KeyHash.add(state, d.year()), '-'), d.month()), '-'), d.day());
    }

    /**
     * Hands {@code out} the state {@code h} carried on by each distinct initial of the name's sound keys, in their order
     * (a one-letter value hashes as its letter): no list, stream or string per person.
     */
    private static void initials(Name n, long h, LongConsumer out) {
        List<String> keys = n.keys();
        for (int k = 0; k < keys.size(); k++) {
            char c = keys.get(k).charAt(0);
            boolean seen = false;
            for (int m = 0; m < k && !seen; m++) {
                seen = keys.get(m).charAt(0) == c;
            }
            if (!seen) {
                out.accept(KeyHash.add(h, c));
            }
        }
    }

    /** How many values {@link #given(Name)} has: the sound keys, and the equivalence class if there is one. */
    private static int givenCount(Name n) {
        return n.keys().size() + (n.equivalence().isEmpty() ? 0 : 1);
    }

    /** Value {@code k} of {@link #given(Name)}, without making the list. */
    private static String given(Name n, int k) {
        return k < n.keys().size() ? n.keys().get(k) : n.equivalence();
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
}
