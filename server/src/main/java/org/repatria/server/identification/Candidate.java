package org.repatria.server.identification;

import java.util.List;
import org.repatria.store.genetic.GeneticCase;

/**
 * One remains sample against one missing person: the LR, each marker's LR beside the genotypes of the remains
 * and of the family's typed members, and the pedigree drawn.
 */
public record Candidate(GeneticCase header, String remainsId, String familyId, String missingId, double log10Lr,
                        int exclusions, List<String> references, List<MarkerLine> markers, PedigreeDrawing pedigree) {

    /** One marker: genotype of the remains, of each reference (in {@code references} order; "" when untyped), LR. */
    public record MarkerLine(String marker, String remains, List<String> references, double lr) {

        /** log10 of the marker's LR; negative infinity for an exclusion. */
        public double log10Lr() {
            return Math.log10(lr);
        }
    }
}
