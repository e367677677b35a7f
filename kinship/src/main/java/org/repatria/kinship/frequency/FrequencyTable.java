package org.repatria.kinship.frequency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Allele frequencies for a set of markers, in the order the table lists them. */
public final class FrequencyTable {

    private final Map<String, Locus> loci = new LinkedHashMap<>();

    public FrequencyTable(List<Locus> loci) {
        loci.forEach(l -> this.loci.put(l.name(), l));
    }

    public Optional<Locus> locus(String marker) {
        return Optional.ofNullable(loci.get(marker));
    }

    public List<Locus> loci() {
        return List.copyOf(loci.values());
    }

    /** This table with one locus replaced (used when an allele floor adds an allele). */
    public FrequencyTable with(Locus locus) {
        Map<String, Locus> copy = new LinkedHashMap<>(loci);
        copy.put(locus.name(), locus);
        return new FrequencyTable(List.copyOf(copy.values()));
    }
}
