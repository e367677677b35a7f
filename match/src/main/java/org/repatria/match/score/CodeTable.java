package org.repatria.match.score;

import java.util.Arrays;

/**
 * Pattern codes (non-negative longs) and a place for each, in open addressing on two primitive arrays: no boxed
 * {@code Long} per lookup, no tree bins where codes' hashes collide (docs/decisions/0186). Not thread-safe to write;
 * reading a table no one writes is.
 */
final class CodeTable {
    private static final long EMPTY = -1;
    private long[] codes;
    private int[] places;
    private int size;
    private int shift;

    /** An empty table. */
    CodeTable() {
        allocate(1 << 10);
    }

    /** Adds {@code code} (with no place) unless it is in; whether it was new. */
    boolean add(long code) {
        return put(code, -1);
    }

    /** Gives {@code code} the place {@code place} unless it is in; whether it was new. */
    boolean put(long code, int place) {
        int slot = slot(code);
        while (codes[slot] != EMPTY) {
            if (codes[slot] == code) {
                return false;
            }
            slot = (slot + 1) & (codes.length - 1);
        }
        codes[slot] = code;
        places[slot] = place;
        if (++size * 2 > codes.length) {
            grow();
        }
        return true;
    }

    /** The place of {@code code}, or -1 when it is not in. */
    int place(long code) {
        int slot = slot(code);
        for (long c = codes[slot]; c != EMPTY; c = codes[slot]) {
            if (c == code) {
                return places[slot];
            }
            slot = (slot + 1) & (codes.length - 1);
        }
        return -1;
    }

    /** The codes in, in no particular order. */
    long[] codes() {
        long[] all = new long[size];
        int n = 0;
        for (long c : codes) {
            if (c != EMPTY) {
                all[n++] = c;
            }
        }
        return all;
    }

    private int slot(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void allocate(int capacity) {
        codes = new long[capacity];
        Arrays.fill(codes, EMPTY);
        places = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private void grow() {
        long[] oldCodes = codes;
        int[] oldPlaces = places;
        allocate(codes.length * 2);
        for (int s = 0; s < oldCodes.length; s++) {
            if (oldCodes[s] != EMPTY) {
                put(oldCodes[s], oldPlaces[s]);
            }
        }
    }
}
