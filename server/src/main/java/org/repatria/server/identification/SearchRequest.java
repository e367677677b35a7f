package org.repatria.server.identification;

/** The JSON body of a search request: the lowest log10 LR to keep (default 0). */
public record SearchRequest(Double minLog10Lr) {
}
