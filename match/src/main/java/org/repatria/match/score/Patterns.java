package org.repatria.match.score;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.repatria.match.compare.Field;

/**
 * Candidates' level vectors as pattern codes (a field's level in {@link #BITS} bits each), worked out on all cores in
 * chunks, each chunk writing only its own slice: the results are the same whatever the threads' timing.
 */
final class Patterns {
    /** Bits of a pattern code per field. */
    static final int BITS = 3;
    private static final int FIELDS = Field.values().length;
    private static final int CHUNK = 1 << 16;

    private Patterns() {
    }

    /** The pattern code of pair {@code p} of {@code levels} (pairs × fields). */
    static long code(byte[] levels, int p) {
        long code = 0;
        for (int f = 0; f < FIELDS; f++) {
            code |= (long) levels[p * FIELDS + f] << (BITS * f);
        }
        return code;
    }

    /** The level of field {@code f} in {@code code}. */
    static int level(long code, int f) {
        return (int) (code >>> (BITS * f)) & ((1 << BITS) - 1);
    }

    /** Every pair's code, in the pairs' order. */
    static long[] codes(byte[] levels) {
        long[] codes = new long[levels.length / FIELDS];
        chunks(codes.length).forEach(c -> {
            for (int p = c * CHUNK, end = Math.min(codes.length, p + CHUNK); p < end; p++) {
                codes[p] = code(levels, p);
            }
        });
        return codes;
    }

    /**
     * The distinct codes among the pairs (ascending) and each pair's place among them: each chunk finds its own codes,
     * the union is sorted, and each pair's place is looked up in a {@link CodeTable} (no boxing, no binary search).
     */
    static Indexed indexed(byte[] levels) {
        int n = levels.length / FIELDS;
        long[][] parts = new long[(n + CHUNK - 1) / CHUNK][];
        chunks(n).forEach(c -> {
            CodeTable seen = new CodeTable();
            for (int p = c * CHUNK, end = Math.min(n, p + CHUNK); p < end; p++) {
                seen.add(code(levels, p));
            }
            parts[c] = seen.codes();
        });
        CodeTable all = new CodeTable();
        for (long[] part : parts) {
            for (long code : part) {
                all.add(code);
            }
        }
        long[] distinct = all.codes();
        Arrays.sort(distinct);
        CodeTable places = new CodeTable();
        for (int d = 0; d < distinct.length; d++) {
            places.put(distinct[d], d);
        }
        int[] index = new int[n];
        chunks(n).forEach(c -> {
            for (int p = c * CHUNK, end = Math.min(n, p + CHUNK); p < end; p++) {
                index[p] = places.place(code(levels, p));
            }
        });
        return new Indexed(distinct, index);
    }

    /**
     * The level vectors of the pairs whose key mask has bit {@code key}, in the pairs' order: each chunk counts its own,
     * then copies them into its own slice (null when no pair has the bit).
     */
    static byte[] select(byte[] levels, short[] keys, int key) {
        int chunks = (keys.length + CHUNK - 1) / CHUNK;
        int[] start = new int[chunks + 1];
        chunks(keys.length).forEach(c -> {
            int count = 0;
            for (int p = c * CHUNK, end = Math.min(keys.length, p + CHUNK); p < end; p++) {
                count += (keys[p] >> key) & 1;
            }
            start[c + 1] = count;
        });
        for (int c = 0; c < chunks; c++) {
            start[c + 1] += start[c];
        }
        if (start[chunks] == 0) {
            return null;
        }
        byte[] mine = new byte[start[chunks] * FIELDS];
        chunks(keys.length).forEach(c -> {
            int q = start[c];
            for (int p = c * CHUNK, end = Math.min(keys.length, p + CHUNK); p < end; p++) {
                if (((keys[p] >> key) & 1) != 0) {
                    System.arraycopy(levels, p * FIELDS, mine, q++ * FIELDS, FIELDS);
                }
            }
        });
        return mine;
    }

    private static IntStream chunks(int n) {
        return IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel();
    }

    /** The distinct pattern codes, ascending, and for each pair the index of its code among them. */
    record Indexed(long[] distinct, int[] index) {
    }
}
