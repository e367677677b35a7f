package org.repatria.match.decide;

import java.util.BitSet;

/**
 * One-to-one assignment for lists that hold each person once: the best-scoring pair wins and takes both its people
 * out of play (greedy by score, which on sparse linkage graphs is close to the optimal assignment and far cheaper).
 */
public final class Assignment {
    private Assignment() {
    }

    /** Which of the pairs (encoded {@code left << 32 | right}) win, given their scores. */
    public static BitSet oneToOne(long[] pairs, double[] scores) {
        BitSet leftTaken = new BitSet();
        BitSet rightTaken = new BitSet();
        BitSet won = new BitSet(pairs.length);
        for (int i : Ranking.bestFirst(pairs, scores)) {
            int l = (int) (pairs[i] >>> 32);
            int r = (int) pairs[i];
            if (!leftTaken.get(l) && !rightTaken.get(r)) {
                leftTaken.set(l);
                rightTaken.set(r);
                won.set(i);
            }
        }
        return won;
    }
}
