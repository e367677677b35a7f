package org.repatria.kinship.pedigree;

import java.util.Optional;

/** One row of a pedigree: a person, their parents within the family, sex, genotyped sample, missing flag. */
public record Member(String id, Optional<String> fatherId, Optional<String> motherId, Sex sex,
                     Optional<String> sampleId, boolean missing) {

    /** A member with no parents in the pedigree. */
    public boolean founder() {
        return fatherId.isEmpty() && motherId.isEmpty();
    }
}
