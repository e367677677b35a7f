package org.repatria.match.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.repatria.match.name.Name;

/**
 * Every name's romanised forms laid out by name id in one array of characters (docs/decisions/0170): the first meeting of
 * two names reads two short runs of one array instead of two lists of strings scattered over the heap. What
 * {@link NamePair} works out (a form in common, Jaro–Winkler, one slip, the equivalence class) is answered here to the
 * same bits, on the runs; the sound keys are runs of ids (equal keys, equal ids).
 */
final class FormArena {
    /** Per name id, where its forms start in {@link #form} (its forms are {@code first[id]} to {@code first[id + 1]}). */
    final int[] first;
    /** Per form, where its characters start in {@link #chars} (its characters end where the next form's start). */
    final int[] form;
    /** Per form, its {@link String#hashCode()}: forms of different hashes are different. */
    final int[] hash;
    final char[] chars;
    /** Per name id, its equivalence class as an id (0: none). */
    final int[] equivalence;
    /** Per name id, where its sound keys start in {@link #keys} (they end where the next name's start). */
    final int[] firstKey;
    /** The names' sound keys as ids, equal ids for equal keys (docs/decisions/0184). */
    final int[] keys;

    FormArena(Name[] names) {
        int n = names.length;
        first = new int[n + 1];
        equivalence = new int[n];
        Map<String, Integer> classes = new HashMap<>();
        int[] charsOf = new int[n];
        int[] formsOf = new int[n];
        IntStream.range(1, n).parallel().forEach(id -> {
            formsOf[id] = names[id].forms().size();
            for (String f : names[id].forms()) {
                charsOf[id] += f.length();
            }
        });
        for (int id = 1; id < n; id++) {
            first[id + 1] = first[id] + formsOf[id];
            String e = names[id].equivalence();
            equivalence[id] = e.isEmpty() ? 0 : classes.computeIfAbsent(e, x -> classes.size() + 1);
        }
        int forms = first[n];
        form = new int[forms + 1];
        hash = new int[forms];
        long total = 0;
        for (int id = 1; id < n; id++) {
            long start = total;
            total += charsOf[id];
            charsOf[id] = (int) start;
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("the names' forms exceed " + (Integer.MAX_VALUE - 16) + " characters; split the lists");
            }
        }
        chars = new char[(int) total];
        form[forms] = (int) total;
        firstKey = new int[n + 1];
        for (int id = 1; id < n; id++) {
            firstKey[id + 1] = firstKey[id] + names[id].keys().size();
        }
        keys = new int[firstKey[n]];
        Map<String, Integer> keyIds = new ConcurrentHashMap<>();
        AtomicInteger nextKey = new AtomicInteger();
        IntStream.range(1, n).parallel().forEach(id -> {
            List<String> ks = names[id].keys();
            for (int k = 0; k < ks.size(); k++) {
                keys[firstKey[id] + k] = keyIds.computeIfAbsent(ks.get(k), x -> nextKey.incrementAndGet());
            }
        });
        IntStream.range(1, n).parallel().forEach(id -> {
            int at = charsOf[id];
            List<String> fs = names[id].forms();
            for (int k = 0; k < fs.size(); k++) {
                String f = fs.get(k);
                form[first[id] + k] = at;
                hash[first[id] + k] = f.hashCode();
                f.getChars(0, f.length(), chars, at);
                at += f.length();
            }
        });
    }

    int length(int f) {
        return form[f + 1] - form[f];
    }

    /** Whether forms {@code f} and {@code g} are the same string. */
    boolean same(int f, int g) {
        if (hash[f] != hash[g] || length(f) != length(g)) {
            return false;
        }
        return java.util.Arrays.equals(chars, form[f], form[f + 1], chars, form[g], form[g + 1]);
    }

    /** Some form of name {@code x} is a form of name {@code y}. */
    boolean sameForm(int x, int y) {
        for (int f = first[x]; f < first[x + 1]; f++) {
            for (int g = first[y]; g < first[y + 1]; g++) {
                if (same(f, g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same equivalence class, not empty. */
    boolean sameEquivalence(int x, int y) {
        return equivalence[x] != 0 && equivalence[x] == equivalence[y];
    }

    /** The best Jaro–Winkler similarity of a form of {@code x} and one of {@code y}, stopping at {@code enough}. */
    double best(int x, int y, double enough) {
        double best = 0;
        for (int f = first[x]; f < first[x + 1] && best < enough; f++) {
            for (int g = first[y]; g < first[y + 1] && best < enough; g++) {
                best = Math.max(best, JaroWinkler.similarity(chars, form[f], length(f), form[g], length(g)));
            }
        }
        return best;
    }

    /** Some sound key of name {@code x} is one of name {@code y}'s. */
    boolean sharesKey(int x, int y) {
        for (int k = firstKey[x]; k < firstKey[x + 1]; k++) {
            for (int m = firstKey[y]; m < firstKey[y + 1]; m++) {
                if (keys[k] == keys[m]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Some form of {@code x} and some of {@code y}, both of 4 characters or more, one slip apart. */
    boolean oneEdit(int x, int y) {
        for (int f = first[x]; f < first[x + 1]; f++) {
            for (int g = first[y]; g < first[y + 1]; g++) {
                if (Math.min(length(f), length(g)) >= 4 && Edits.withinOne(chars, form[f], length(f), form[g], length(g))) {
                    return true;
                }
            }
        }
        return false;
    }
}
