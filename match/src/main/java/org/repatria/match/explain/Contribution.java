package org.repatria.match.explain;

/** What one field added to a pair's score: the level it agreed at and its log2 Bayes factor (+ for, − against). */
public record Contribution(String field, String level, double log2BayesFactor) {
}
