package org.repatria.match.block;

import java.util.Arrays;

/** A growable array of longs (candidate pairs run to millions; boxing them would cost ten times the memory). */
final class LongList {
    private long[] a = new long[1024];
    private int size;

    void add(long v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[size++] = v;
    }

    long get(int i) {
        return a[i];
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(a, size);
    }

    long[] sortedUnique() {
        long[] s = toArray();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (n == 0 || s[i] != s[n - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }
}
