package org.repatria.kinship.search;

/**
 * One pair the joint identification assigns. {@code log10Lr}: the pair's LR given the undisputed identifications
 * made before it (dvir's pairwise LR of the reduced case); {@code posterior}: its posterior pairing probability
 * (flat prior over the joint assignments; 1 for an undisputed pair, fixed by construction); {@code step}: the
 * undisputed step that fixed it, 0 for a pair of the joint search.
 */
public record JointRow(String remainsId, String familyId, String missingId, double log10Lr, double posterior,
                       Conclusion conclusion, int step) {
}
