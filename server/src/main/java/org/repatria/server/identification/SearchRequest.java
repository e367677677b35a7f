package org.repatria.server.identification;

/** The JSON body of a search request: the lowest log10 LR to keep (default {@link Identifications#DEFAULT_MIN_LOG10_LR}, 4). */
public record SearchRequest(Double minLog10Lr) {
}
