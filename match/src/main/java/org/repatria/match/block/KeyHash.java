package org.repatria.match.block;

/**
 * The hash of a blocking key value ("3|kovalchuk|1998"), fed piece by piece so that no value string is built: FNV-1a
 * over its characters, then a Murmur3 finaliser, 40 bits kept. A state is the FNV sum so far; {@link #finish} turns
 * it into the value's hash, and a state can be carried on (a value, then "#" and a sub-block's refinement).
 */
final class KeyHash {
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private KeyHash() {
    }

    static long add(long state, char c) {
        return (state ^ c) * PRIME;
    }

    static long add(long state, String s) {
        long h = state;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Adds {@code n} as {@link Integer#toString(int)} writes it. */
    static long add(long state, int n) {
        if (n < 0) {
            return n == Integer.MIN_VALUE ? add(state, Integer.toString(n)) : add(add(state, '-'), -n);
        }
        int divisor = 1;
        while (n / divisor >= 10) {
            divisor *= 10;
        }
        long h = state;
        for (; divisor > 0; divisor /= 10) {
            h = add(h, (char) ('0' + n / divisor % 10));
        }
        return h;
    }

    /** The 40-bit hash of the value whose FNV state this is. */
    static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> 24;
    }

    /** The hash of a whole string, as {@link #finish}{@code (add(START, s))}. */
    static long of(String s) {
        return finish(add(START, s));
    }
}
