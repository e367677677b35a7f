package org.repatria.bench.kinship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Sex;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * A synthetic DVI case: families built on one template (grandparents, parents, an uncle and his child,
 * siblings, a spouse and a child of the missing person), some members genotyped; a share of the remains
 * are the families' missing persons, the rest unrelated people.
 */
final class Scenario {

    /** id, father, mother, sex. "MP" is the missing person. */
    static final String[][] FULL_TEMPLATE = {
        {"GF", "", "", "1"}, {"GM", "", "", "2"}, {"FA", "GF", "GM", "1"}, {"UN", "GF", "GM", "1"}, {"UW", "", "", "2"},
        {"CO", "UN", "UW", "2"}, {"MO", "", "", "2"}, {"MP", "FA", "MO", "1"}, {"S1", "FA", "MO", "2"},
        {"S2", "FA", "MO", "1"}, {"SP", "", "", "2"}, {"C1", "MP", "SP", "1"}};
    static final String[] FULL_TYPEABLE = {"GF", "FA", "MO", "UN", "CO", "S1", "S2", "C1"};
    static final String[][] FIVE_TEMPLATE = {
        {"FA", "", "", "1"}, {"MO", "", "", "2"}, {"MP", "FA", "MO", "1"}, {"S1", "FA", "MO", "2"}, {"S2", "FA", "MO", "1"}};
    static final String[] FIVE_TYPED = {"FA", "MO", "S1", "S2"};

    final KinshipData data;
    final Map<String, String> truth = new HashMap<>();

    /**
     * @param fiveMember the 5-person pedigree with all four relatives typed; otherwise the full template with 1-3 typed
     */
    Scenario(List<Locus> loci, int families, int remains, double identifiableShare, boolean fiveMember, long seed) {
        Random random = new Random(seed);
        List<Family> fams = new ArrayList<>();
        Map<String, Profile> profiles = new HashMap<>();
        List<Profile> missingProfiles = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            String fid = String.format("F%05d", f);
            String[][] template = fiveMember ? FIVE_TEMPLATE : FULL_TEMPLATE;
            List<String> typed = fiveMember ? List.of(FIVE_TYPED) : pick(random);
            List<Member> members = new ArrayList<>();
            for (String[] row : template) {
                String id = fid + "_" + row[0];
                members.add(new Member(id, opt(row[1], fid), opt(row[2], fid), row[3].equals("1") ? Sex.MALE : Sex.FEMALE,
                        typed.contains(row[0]) ? Optional.of(id) : Optional.empty(), row[0].equals("MP")));
            }
            Family family = new Family(fid, members);
            fams.add(family);
            Map<String, Genotype>[] genotypes = GeneDrop.simulate(family, loci, random);
            for (String t : typed) {
                String id = fid + "_" + t;
                profiles.put(id, new Profile(id, genotypes[family.indexOf(id).orElseThrow()]));
            }
            missingProfiles.add(new Profile(fid, genotypes[family.indexOf(fid + "_MP").orElseThrow()]));
        }
        List<Remains> bodies = new ArrayList<>();
        Family lone = new Family("lone", List.of(new Member("x", Optional.empty(), Optional.empty(), Sex.MALE, Optional.empty(), true)));
        for (int r = 0; r < remains; r++) {
            String id = String.format("V%05d", r);
            Map<String, Genotype> g;
            if (r < identifiableShare * remains && r < families) {
                Profile p = missingProfiles.get(r);
                truth.put(id, p.sampleId());
                g = p.genotypes();
            } else {
                g = GeneDrop.simulate(lone, loci, random)[0];
            }
            profiles.put(id, new Profile(id, g));
            bodies.add(new Remains(id, Sex.UNKNOWN));
        }
        data = new KinshipData(new FrequencyTable(loci), profiles, bodies, fams, Map.of(), List.of());
    }

    private static List<String> pick(Random random) {
        List<String> pool = new ArrayList<>(List.of(FULL_TYPEABLE));
        java.util.Collections.shuffle(pool, random);
        return pool.subList(0, 1 + random.nextInt(3));
    }

    private static Optional<String> opt(String parent, String fid) {
        return parent.isEmpty() ? Optional.empty() : Optional.of(fid + "_" + parent);
    }
}
