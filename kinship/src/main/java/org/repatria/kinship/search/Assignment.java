package org.repatria.kinship.search;

import java.util.Map;

/** A joint answer: which remains are which missing persons (the rest unidentified), its log likelihood and LR against the empty answer. */
public record Assignment(Map<String, Target> pairs, double logLikelihood, double lrVsNull) {

    public Assignment {
        pairs = Map.copyOf(pairs);
    }
}
