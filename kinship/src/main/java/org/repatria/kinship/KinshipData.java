package org.repatria.kinship;

import java.util.List;
import java.util.Map;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * Everything a kinship search needs: frequencies, profiles (remains and references alike), the remains
 * to identify, the families, mutation models per marker (absent = none), and notes on treatments applied
 * to the input (such as alleles added at the floor frequency).
 */
public record KinshipData(FrequencyTable frequencies, Map<String, Profile> profiles, List<Remains> remains,
                          List<Family> families, Map<String, MarkerMutation> mutations, List<String> notes) {

    public KinshipData {
        profiles = Map.copyOf(profiles);
        remains = List.copyOf(remains);
        families = List.copyOf(families);
        mutations = Map.copyOf(mutations);
        notes = List.copyOf(notes);
    }

    public MarkerMutation mutation(String marker) {
        return mutations.getOrDefault(marker, MarkerMutation.NONE);
    }
}
