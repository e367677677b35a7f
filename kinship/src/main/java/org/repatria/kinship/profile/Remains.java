package org.repatria.kinship.profile;

import org.repatria.kinship.pedigree.Sex;

/** A remains sample to identify, with the sex determined for it (or unknown). */
public record Remains(String sampleId, Sex sex) {
}
