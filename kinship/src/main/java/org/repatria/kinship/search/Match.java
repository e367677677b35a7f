package org.repatria.kinship.search;

/** One row of the search: remains sample, family, missing person, log10 LR, markers excluding the pair without mutation. */
public record Match(String remainsId, String familyId, String missingId, double log10Lr, int exclusions) {
}
