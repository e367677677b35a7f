package org.repatria.server.identification;

/** The JSON body of a joint search request: only pairs whose LR is above {@code limit} are candidates (default 0). */
public record JointRequest(Double limit) {
}
