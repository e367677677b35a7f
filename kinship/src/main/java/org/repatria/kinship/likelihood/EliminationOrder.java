package org.repatria.kinship.likelihood;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the elimination order found for a set of variables, so the markers of one family (which
 * mostly share the same typed members) choose it once. Any order gives the exact result; this only saves
 * time. Not thread-safe: one per family computation.
 */
public final class EliminationOrder {

    private final Map<BitSet, int[]> orders = new HashMap<>();

    int[] get(BitSet pending) {
        return orders.get(pending);
    }

    void put(BitSet pending, int[] order) {
        orders.put(pending, order);
    }
}
