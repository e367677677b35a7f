package org.repatria.match.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repatria.match.compare.Profile;

/**
 * The rows the index holds, numbered in the order they joined, each with its profile and person; the persons' rows;
 * the reviewers' verdicts on pairs of rows; and the blocking and search keys of every row. Changed only by the one
 * writer, under the index's write lock.
 */
final class HeldRows {
    final List<RowRef> refs = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final Blocks blocks = new Blocks();
    final NameSearch search = new NameSearch();
    private final Map<RowRef, Integer> numbers = new HashMap<>();
    private final Map<Long, RowList> members = new HashMap<>();
    private final Set<Long> confirmed = new HashSet<>();
    private final Set<Long> rejected = new HashSet<>();
    private final Map<Integer, RowList> rejectedWith = new HashMap<>();
    private long[] person = new long[1024];
    private long nextPerson = 1;

    int size() {
        return refs.size();
    }

    /** The number of a held row; IllegalArgumentException naming it when unknown. */
    int number(RowRef ref) {
        Integer n = numbers.get(ref);
        if (n == null) {
            throw new IllegalArgumentException("row " + ref + " is not in the person index (add its list first)");
        }
        return n;
    }

    boolean holds(RowRef ref) {
        return numbers.containsKey(ref);
    }

    long personOf(int row) {
        return person[row];
    }

    /** A person's rows in joining order (empty when the number is not a person). */
    int[] rowsOf(long p) {
        RowList l = members.get(p);
        return l == null ? new int[0] : l.toArray();
    }

    long newPerson() {
        return nextPerson++;
    }

    /** Appends a row to person {@code p} and files its keys. */
    int append(RowRef ref, Profile profile, Blocks.Keyed keyed, long p) {
        int row = refs.size();
        refs.add(ref);
        profiles.add(profile);
        numbers.put(ref, row);
        if (row == person.length) {
            person = java.util.Arrays.copyOf(person, row * 2);
        }
        person[row] = p;
        members.computeIfAbsent(p, k -> new RowList()).add(row);
        nextPerson = Math.max(nextPerson, p + 1);
        blocks.file(row, keyed, profiles::get);
        search.file(row, profile);
        return row;
    }

    /** Moves every row of {@code gone} into {@code survivor}. */
    void merge(long survivor, long gone) {
        RowList g = members.remove(gone);
        if (g == null) {
            return;
        }
        for (int i = 0; i < g.size(); i++) {
            person[g.get(i)] = survivor;
        }
        members.put(survivor, RowList.merged(members.getOrDefault(survivor, new RowList()), g));
    }

    /** Moves the given rows of one person into a new person {@code to}. */
    void split(long from, int[] rows, long to) {
        RowList f = members.get(from);
        RowList t = members.computeIfAbsent(to, k -> new RowList());
        for (int r : rows) {
            f.remove(r);
            t.add(r);
            person[r] = to;
        }
        nextPerson = Math.max(nextPerson, to + 1);
    }

    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    void confirm(int a, int b) {
        rejected.remove(pair(a, b));
        rejectedWith.getOrDefault(a, new RowList()).remove(b);
        rejectedWith.getOrDefault(b, new RowList()).remove(a);
        confirmed.add(pair(a, b));
    }

    void reject(int a, int b) {
        confirmed.remove(pair(a, b));
        if (rejected.add(pair(a, b))) {
            rejectedWith.computeIfAbsent(a, k -> new RowList()).add(b);
            rejectedWith.computeIfAbsent(b, k -> new RowList()).add(a);
        }
    }

    boolean confirmed(int a, int b) {
        return confirmed.contains(pair(a, b));
    }

    boolean rejected(int a, int b) {
        return rejected.contains(pair(a, b));
    }

    /** A pair of rows, one in each person, that a reviewer said are not one person; -1 when none. */
    long conflict(long p, long q) {
        for (int a : rowsOf(p)) {
            RowList with = rejectedWith.get(a);
            for (int i = 0; with != null && i < with.size(); i++) {
                if (person[with.get(i)] == q) {
                    return pair(a, with.get(i));
                }
            }
        }
        return -1;
    }
}
