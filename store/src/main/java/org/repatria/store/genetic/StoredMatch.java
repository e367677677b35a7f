package org.repatria.store.genetic;

/** One stored search row: remains sample, family, missing person, log10 LR and exclusions. */
public record StoredMatch(String remainsId, String familyId, String missingId, double log10Lr, int exclusions) {
}
