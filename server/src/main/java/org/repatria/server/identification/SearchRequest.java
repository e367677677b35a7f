package org.repatria.server.identification;

/**
 * The JSON body of a search request: the lowest log10 LR to keep (default {@link Identifications#DEFAULT_MIN_LOG10_LR},
 * 4) and the subpopulation correction theta every search of the case applies (default
 * {@link Identifications#DEFAULT_THETA}, 0.01; from 0 to {@link Identifications#MAX_THETA}, 0.1).
 */
public record SearchRequest(Double minLog10Lr, Double theta) {
}
