package org.repatria.kinship.pedigree;

import org.repatria.kinship.KinshipException;

/** A pedigree that cannot be right (cycle, a parent of the wrong sex, a member twice); names the member. */
public final class PedigreeException extends KinshipException {

    private final String memberId;

    PedigreeException(String familyId, String memberId, String problem) {
        super("family " + familyId + ", member " + memberId + ": " + problem);
        this.memberId = memberId;
    }

    /** The member the problem is about, so a reader can point at its row. */
    public String memberId() {
        return memberId;
    }
}
