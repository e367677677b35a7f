package org.repatria.match.person;

import java.util.Arrays;

/** A growable list of row numbers in the order they were added (a person's rows, one row's rejected partners). */
final class RowList {
    private int[] a = new int[2];
    private int size;

    void add(int row) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = row;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return a[i];
    }

    boolean contains(int row) {
        for (int i = 0; i < size; i++) {
            if (a[i] == row) {
                return true;
            }
        }
        return false;
    }

    void remove(int row) {
        for (int i = 0; i < size; i++) {
            if (a[i] == row) {
                System.arraycopy(a, i + 1, a, i, size - i - 1);
                size--;
                return;
            }
        }
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }

    /** The rows of both lists in ascending order (rows join in ascending order, so this is the joining order). */
    static RowList merged(RowList x, RowList y) {
        int[] all = Arrays.copyOf(x.a, x.size + y.size);
        System.arraycopy(y.a, 0, all, x.size, y.size);
        Arrays.sort(all);
        RowList out = new RowList();
        out.a = all.length == 0 ? new int[2] : all;
        out.size = all.length;
        return out;
    }
}
