package org.repatria.match.block;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The candidate pairs filed by left person (a compressed sparse row table): counted, then filled with each pair's
 * right person and the key that gave it, then each person's row sorted and its repeats merged into one pair with the
 * mask of the keys whose whole blocks gave it. Filing by person replaces one sort of all pairs (hundreds of millions
 * at a million people) with many sorts of a few dozen, in a quarter of the memory (an int per pair given).
 */
final class PairRows {
    /** The code of a pair given by a sub-block, which sets no key's bit. */
    static final int REFINED = 31;
    private static final int CODE_BITS = 5;
    private final boolean within;
    private final int[] offsets;
    private int[] cells;

    PairRows(int leftSize, boolean within) {
        this.within = within;
        this.offsets = new int[leftSize + 1];
    }

    /**
     * Files the pairs of each source's blocks under their left person, each marked with its code (a key's ordinal, or
     * {@link #REFINED}); the sources in parallel, each counted into its own column and then filling its own part of
     * every person's row (the order within a row does not matter: {@link #candidates} sorts it).
     */
    void file(long[][] sources, int[] codes) {
        int people = offsets.length - 1;
        int[][] counts = IntStream.range(0, sources.length).parallel().mapToObj(s -> {
            int[] count = new int[people];
            pairs(sources[s], (a, b) -> count[a]++);
            return count;
        }).toArray(int[][]::new);
        long total = 0;
        for (int l = 0; l < people; l++) {
            // The source's counts become where its part of the row starts.
            for (int[] count : counts) {
                int n = count[l];
                count[l] = (int) total;
                total += n;
                if (total > Integer.MAX_VALUE - 16) {
                    throw new IllegalArgumentException("the lists give more than " + (Integer.MAX_VALUE - 16)
                            + " candidate pairs; split them");
                }
            }
            offsets[l + 1] = (int) total;
        }
        cells = new int[(int) total];
        IntStream.range(0, sources.length).parallel().forEach(s -> {
            int[] cursor = counts[s];
            int code = codes[s];
            pairs(sources[s], (a, b) -> cells[cursor[a]++] = (b << CODE_BITS) | code);
        });
    }

    /** Every person's row sorted, repeats merged: the pairs in order, each with its keys' mask. */
    Candidates candidates() {
        int people = offsets.length - 1;
        int[] unique = new int[people + 1];
        IntStream.range(0, people).parallel().forEach(l -> {
            Arrays.sort(cells, offsets[l], offsets[l + 1]);
            int n = 0;
            for (int c = offsets[l]; c < offsets[l + 1]; c++) {
                if (c == offsets[l] || cells[c] >>> CODE_BITS != cells[c - 1] >>> CODE_BITS) {
                    n++;
                }
            }
            unique[l + 1] = n;
        });
        for (int l = 0; l < people; l++) {
            unique[l + 1] += unique[l];
        }
        long[] pairs = new long[unique[people]];
        short[] keys = new short[pairs.length];
        IntStream.range(0, people).parallel().forEach(l -> {
            int out = unique[l] - 1;
            for (int c = offsets[l]; c < offsets[l + 1]; c++) {
                int right = cells[c] >>> CODE_BITS;
                if (c == offsets[l] || right != cells[c - 1] >>> CODE_BITS) {
                    pairs[++out] = ((long) l << 32) | right;
                }
                int code = cells[c] & ((1 << CODE_BITS) - 1);
                if (code != REFINED) {
                    keys[out] |= (short) (1 << code);
                }
            }
        });
        return new Candidates(pairs, keys);
    }

    private interface PairVisitor {
        void accept(int left, int right);
    }

    /** Each pair of each block (within one list: each two entries of different people, lower index first). */
    private void pairs(long[] entries, PairVisitor visitor) {
        Blocking.blocks(entries, within, (start, leftEnd, end, count) -> {
            for (int i = start; i < leftEnd; i++) {
                int a = (int) (entries[i] & (Blocking.SIDE - 1));
                for (int j = within ? i + 1 : leftEnd; j < (within ? leftEnd : end); j++) {
                    int b = (int) (entries[j] & (Blocking.SIDE - 1));
                    if (within && a == b) {
                        continue;
                    }
                    visitor.accept(within ? Math.min(a, b) : a, within ? Math.max(a, b) : b);
                }
            }
        });
    }
}
