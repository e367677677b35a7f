package org.repatria.kinship.search;

/** A missing person: the family and the member. */
public record Target(String familyId, String missingId) {
}
