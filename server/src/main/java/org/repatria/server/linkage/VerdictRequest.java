package org.repatria.server.linkage;

/** A reviewer's verdict on one pair: {@code confirmed} or {@code rejected}. */
public record VerdictRequest(String verdict) {
}
