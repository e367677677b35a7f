package org.repatria.kinship.search;

import java.util.Map;

/** The LR of "remains = missing person" against "unrelated", its markers' LRs, and the exclusion count. */
public record PairResult(double lr, double log10Lr, int exclusions, Map<String, Double> markerLrs) {

    public PairResult {
        markerLrs = Map.copyOf(markerLrs);
    }
}
