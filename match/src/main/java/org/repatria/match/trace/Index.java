package org.repatria.match.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.repatria.match.compare.PartialDate;

/**
 * Blocking for the child search: each candidate is filed under keys that survive a changed name — the birth date, its
 * month, the father's name class with the birth year, the birth place with the birth year, the month of placement
 * with the birth year and sex, the birth month with sex — as well as the surname's sound, the given name with the birth year or the birth place. A case looks
 * up the keys it may share with its child: the same, and the dates a shift or swap would give (two weeks either side,
 * a year either side, day and month swapped, placement up to four months after the removal); the mother's surname and the
 * given name as a surname (the names written in each other's columns) too. A key held by more than {@link #MAX_POSTING} candidates says too little to compare them all and is skipped.
 */
final class Index {
    static final int MAX_POSTING = 3000;
    private final Map<String, int[]> postings;

    Index(List<Prepared> pool) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            int at = i;
            filed(pool.get(i), key -> lists.computeIfAbsent(key, k -> new ArrayList<>()).add(at));
        }
        this.postings = new HashMap<>();
        lists.forEach((k, v) -> postings.put(k, v.stream().distinct().mapToInt(Integer::intValue).toArray()));
    }

    /** The candidates sharing at least one key with the case. */
    BitSet candidates(Prepared child) {
        BitSet out = new BitSet();
        sought(child, key -> {
            int[] p = postings.get(key);
            if (p != null && p.length <= MAX_POSTING) {
                for (int i : p) {
                    out.set(i);
                }
            }
        });
        return out;
    }

    private static void filed(Prepared k, Consumer<String> key) {
        k.surname().keys().forEach(s -> key.accept("s|" + s));
        int year = k.birthYear();
        String given = Prepared.givenKey(k.givenName());
        if (!given.isEmpty() && !k.birthPlace().missing()) {
            key.accept("gp|" + given + "|" + Prepared.form(k.birthPlace()));
        }
        if (year > 0) {
            if (!given.isEmpty()) {
                key.accept("g|" + given + "|" + year);
            }
            if (!k.fatherClass().isEmpty()) {
                key.accept("f|" + k.fatherClass() + "|" + year);
            }
            if (!k.birthPlace().missing()) {
                key.accept("p|" + Prepared.form(k.birthPlace()) + "|" + year);
            }
            k.since().filter(PartialDate::complete).ifPresent(s -> key.accept(
                    "r|" + month(s.year(), s.month()) + "|" + year + "|" + sex(k.sex())));
        }
        k.birthDate().filter(PartialDate::complete).ifPresent(d -> {
            key.accept("d|" + day(d.year(), d.month(), d.day()));
            key.accept("m|" + month(d.year(), d.month()) + "|" + sex(k.sex()));
        });
    }

    private static void sought(Prepared c, Consumer<String> key) {
        c.surname().keys().forEach(s -> key.accept("s|" + s));
        c.motherSurname().keys().forEach(s -> key.accept("s|" + s));
        c.givenName().keys().forEach(s -> key.accept("s|" + s));
        int year = c.birthYear();
        String given = Prepared.givenKey(c.givenName());
        if (!given.isEmpty() && !c.birthPlace().missing()) {
            key.accept("gp|" + given + "|" + Prepared.form(c.birthPlace()));
        }
        for (int y = year - 1; year > 0 && y <= year + 1; y++) {
            if (!given.isEmpty()) {
                key.accept("g|" + given + "|" + y);
            }
            if (!c.fatherClass().isEmpty()) {
                key.accept("f|" + c.fatherClass() + "|" + y);
            }
            if (!c.birthPlace().missing()) {
                key.accept("p|" + Prepared.form(c.birthPlace()) + "|" + y);
            }
        }
        // Placed up to four months after the removal, born the year the family says.
        c.since().filter(s -> s.complete() && year > 0).ifPresent(s -> {
            for (int m = 0; m <= 4; m++) {
                int at = s.year() * 12 + s.month() - 1 + m;
                String month = month(at / 12, at % 12 + 1);
                key.accept("r|" + month + "|" + year + "|" + sex(c.sex()));
                if (c.sex() != 0) {
                    key.accept("r|" + month + "|" + year + "|" + sex((char) 0));
                }
            }
        });
        c.birthDate().filter(PartialDate::complete).ifPresent(d -> {
            key.accept("d|" + day(d.year(), d.month(), d.day()));
            key.accept("d|" + day(d.year(), d.day(), d.month()));
            key.accept("d|" + day(d.year() - 1, d.month(), d.day()));
            key.accept("d|" + day(d.year() + 1, d.month(), d.day()));
            // The month, and the month a shift of up to about two weeks would reach.
            int at = d.year() * 12 + d.month() - 1 + (d.day() <= 15 ? -1 : 1);
            for (String month : List.of(month(d.year(), d.month()), month(at / 12, at % 12 + 1))) {
                key.accept("m|" + month + "|" + sex(c.sex()));
                if (c.sex() != 0) {
                    key.accept("m|" + month + "|" + sex((char) 0));
                }
            }
        });
    }

    private static String day(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    private static String month(int y, int m) {
        return String.format(Locale.ROOT, "%04d-%02d", y, m);
    }

    private static String sex(char s) {
        return s == 0 ? "?" : String.valueOf(s);
    }
}
