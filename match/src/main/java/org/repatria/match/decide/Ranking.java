package org.repatria.match.decide;

/**
 * Pairs in the order the one-to-one contest takes them: highest score first ({@link Double#compare} on the negated
 * scores), then by pair, then by position; a merge sort of plain ints (no boxed indices), stable like the
 * {@code Arrays.sort} of boxed indices it replaces, so the order is the same to the last tie.
 */
final class Ranking {
    private static final int RUN = 32;

    private Ranking() {
    }

    /** The positions of {@code pairs} in contest order. */
    static int[] bestFirst(long[] pairs, double[] scores) {
        int n = pairs.length;
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = sortable(-scores[i]);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int start = 0; start < n; start += RUN) {
            insertionSort(order, start, Math.min(n, start + RUN), key, pairs);
        }
        int[] from = order;
        int[] to = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(from, to, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width), key, pairs);
            }
            int[] t = from;
            from = to;
            to = t;
        }
        return from;
    }

    /** A long whose signed order is {@link Double#compare}'s order of the doubles (−0.0 before 0.0, NaN last). */
    static long sortable(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static boolean before(int i, int j, long[] key, long[] pairs) {
        return key[i] != key[j] ? key[i] < key[j] : pairs[i] != pairs[j] ? pairs[i] < pairs[j] : i < j;
    }

    private static void insertionSort(int[] a, int from, int to, long[] key, long[] pairs) {
        for (int n = from + 1; n < to; n++) {
            int x = a[n];
            int m = n - 1;
            while (m >= from && before(x, a[m], key, pairs)) {
                a[m + 1] = a[m];
                m--;
            }
            a[m + 1] = x;
        }
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, long[] key, long[] pairs) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || i < mid && !before(from[j], from[i], key, pairs)) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
