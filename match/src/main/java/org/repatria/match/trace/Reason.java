package org.repatria.match.trace;

/**
 * Why one particular moved a candidate's score: the verdict, the level in words a reviewer's screen can translate
 * (e.g. {@code exact}, {@code equivalent}, {@code mother-surname}, {@code year-off}, {@code swapped-day-month}), the
 * two values compared as written, and the weight (log2 Bayes factor, + for the candidate, − against).
 */
public record Reason(Particular particular, Verdict verdict, String level, String caseValue, String candidateValue,
                     double weight) {
    /** Every level a reason may name, so a screen can hold a word for each. */
    public static final java.util.List<String> LEVELS = java.util.List.of("missing", "exact", "equivalent", "close",
            "sounds-alike", "mother-surname", "written-as-given-name", "written-as-surname", "different", "consistent",
            "sounds-consistent", "same", "same-year", "year-off", "swapped-day-month", "one-digit-off", "days-off",
            "months-off", "within-a-year", "within-two-years", "within-a-month", "within-six-months",
            "placed-before-removal", "years-later");
}
