package org.repatria.match.person;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An inverted map from 64-bit key hashes to the rows filed under them, without boxing: an open-addressing table of
 * keys with, per key, the head of a chain of entries (row, next) and a count. A row filed twice under a key in a row
 * is kept once. Tens of millions of entries fit in a few hundred MiB.
 */
final class Postings {
    private long[] keys = new long[1 << 12];
    private int[] head = new int[1 << 12];
    private int[] count = new int[1 << 12];
    private int used;
    private int[] row = new int[1 << 12];
    private int[] next = new int[1 << 12];
    private int entries;

    /** The 64-bit hash of a key text. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Files {@code r} under {@code key}; returns the key's count after. */
    int add(long key, int r) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            head[slot] = -1;
            used++;
        } else if (head[slot] >= 0 && row[head[slot]] == r) {
            return count[slot];
        }
        if (entries == row.length) {
            row = Arrays.copyOf(row, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        row[entries] = r;
        next[entries] = head[slot];
        head[slot] = entries++;
        int c = ++count[slot];
        if (used * 2 > keys.length) {
            grow();
        }
        return c;
    }

    /** The number of rows filed under {@code key}. */
    int count(long key) {
        int slot = slot(key);
        return keys[slot] == 0 ? 0 : count[slot];
    }

    /** Calls {@code action} with every row filed under {@code key}, latest first. */
    void forEach(long key, IntConsumer action) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            return;
        }
        for (int e = head[slot]; e >= 0; e = next[e]) {
            action.accept(row[e]);
        }
    }

    /** Entries held (for reports). */
    long entries() {
        return entries;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int s = (int) (key ^ (key >>> 29)) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHead = head;
        int[] oldCount = count;
        keys = new long[oldKeys.length * 2];
        head = new int[keys.length];
        count = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                head[s] = oldHead[i];
                count[s] = oldCount[i];
            }
        }
    }
}
