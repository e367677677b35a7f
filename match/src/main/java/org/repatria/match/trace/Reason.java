package org.repatria.match.trace;

/**
 * Why one particular moved a candidate's score: the verdict, the level in words a reviewer's screen can translate
 * (e.g. {@code exact}, {@code equivalent}, {@code mother-surname}, {@code year-off}, {@code swapped-day-month}), the
 * two values compared as written, and the weight (log2 Bayes factor, + for the candidate, − against).
 */
public record Reason(Particular particular, Verdict verdict, String level, String caseValue, String candidateValue,
                     double weight) {
}
