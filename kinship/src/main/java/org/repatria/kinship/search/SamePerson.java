package org.repatria.kinship.search;

/** Two remains samples that may be one person: identity LR (log10) over the markers both have. */
public record SamePerson(String firstId, String secondId, double log10Lr, int sharedMarkers) {
}
