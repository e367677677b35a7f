package org.repatria.store.genetic;

/** Two remains samples of a case that may be one person: identity log10 LR over the markers both have. */
public record SamePersonPair(String firstId, String secondId, double log10Lr, int sharedMarkers) {
}
