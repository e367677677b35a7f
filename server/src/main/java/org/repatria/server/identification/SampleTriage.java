package org.repatria.server.identification;

/**
 * Where a remains sample stands after the search (docs/decisions/0137): one candidate at or above the threshold that no
 * other sample claims is strong; several candidates, or a missing person several samples match, ambiguous; none, no
 * candidate; and before a search has finished, not searched.
 */
public enum SampleTriage {
    /** No search of the case has finished: nothing is known of this sample yet. */
    NOT_SEARCHED,
    /** One missing person at or above the threshold, matched by no other sample: ready for review. */
    STRONG,
    /** Several missing persons at or above the threshold, or one that other samples match too. */
    AMBIGUOUS,
    /** No missing person at or above the threshold. */
    NO_CANDIDATE
}
