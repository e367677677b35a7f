package org.repatria.kinship.profile;

import java.util.Map;
import java.util.Optional;

/** The STR profile of one sample: a genotype per typed marker; untyped markers are simply absent. */
public record Profile(String sampleId, Map<String, Genotype> genotypes) {

    public Profile {
        genotypes = Map.copyOf(genotypes);
    }

    public Optional<Genotype> genotype(String marker) {
        return Optional.ofNullable(genotypes.get(marker));
    }
}
