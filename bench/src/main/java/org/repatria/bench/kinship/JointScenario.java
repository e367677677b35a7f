package org.repatria.bench.kinship;

import java.util.ArrayList;
import java.util.Collections;
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
 * A seeded joint-DVI case: families on one template (grandparents, parents, the missing son, his sister, his wife and
 * child); a share of the families also miss a second son (the missing person's brother). 1–3 relatives of each family
 * are typed. The remains are missing persons drawn at random (so both brothers of a family may be among them) and,
 * for the rest, unrelated men; every remains and every missing person is male, so sex tells nothing.
 */
final class JointScenario {

    /** id, father, mother, sex; MP is always missing, B2 (his brother) only in two-missing families. */
    static final String[][] TEMPLATE = {
        {"GF", "", "", "1"}, {"GM", "", "", "2"}, {"FA", "GF", "GM", "1"}, {"MO", "", "", "2"}, {"MP", "FA", "MO", "1"},
        {"B2", "FA", "MO", "1"}, {"S1", "FA", "MO", "2"}, {"SP", "", "", "2"}, {"C1", "MP", "SP", "1"}};
    static final String[] TYPEABLE = {"GF", "FA", "MO", "S1", "C1"};

    final KinshipData data;
    /** Remains id to "family/member" of the person it is; unrelated remains are absent. */
    final Map<String, String> truth = new HashMap<>();
    final int missingPersons;

    JointScenario(List<Locus> loci, int families, int remains, double twoMissingShare, double identifiableShare, long seed) {
        Random random = new Random(seed);
        List<Family> fams = new ArrayList<>();
        Map<String, Profile> profiles = new HashMap<>();
        List<String[]> missing = new ArrayList<>();
        Map<String, Map<String, Genotype>> missingGenotypes = new HashMap<>();
        for (int f = 0; f < families; f++) {
            String fid = String.format("F%04d", f);
            boolean two = random.nextDouble() < twoMissingShare;
            List<String> pool = new ArrayList<>(List.of(TYPEABLE));
            Collections.shuffle(pool, random);
            List<String> typed = pool.subList(0, 1 + random.nextInt(3));
            List<Member> members = new ArrayList<>();
            for (String[] row : TEMPLATE) {
                String id = fid + "_" + row[0];
                boolean isMissing = row[0].equals("MP") || two && row[0].equals("B2");
                members.add(new Member(id, opt(row[1], fid), opt(row[2], fid), row[3].equals("1") ? Sex.MALE : Sex.FEMALE,
                        typed.contains(row[0]) ? Optional.of(id) : Optional.empty(), isMissing));
            }
            Family family = new Family(fid, members);
            fams.add(family);
            Map<String, Genotype>[] genotypes = GeneDrop.simulate(family, loci, random);
            for (String t : typed) {
                String id = fid + "_" + t;
                profiles.put(id, new Profile(id, genotypes[family.indexOf(id).orElseThrow()]));
            }
            for (int m : family.missing()) {
                missing.add(new String[] {fid, family.member(m).id()});
                missingGenotypes.put(family.member(m).id(), genotypes[m]);
            }
        }
        missingPersons = missing.size();
        Collections.shuffle(missing, random);
        List<Remains> bodies = new ArrayList<>();
        Family lone = new Family("lone", List.of(new Member("x", Optional.empty(), Optional.empty(), Sex.MALE, Optional.empty(), true)));
        int identifiable = (int) Math.min(missing.size(), Math.round(identifiableShare * remains));
        for (int r = 0; r < remains; r++) {
            String id = String.format("V%04d", r);
            Map<String, Genotype> g;
            if (r < identifiable) {
                truth.put(id, missing.get(r)[0] + "/" + missing.get(r)[1]);
                g = missingGenotypes.get(missing.get(r)[1]);
            } else {
                g = GeneDrop.simulate(lone, loci, random)[0];
            }
            profiles.put(id, new Profile(id, g));
            bodies.add(new Remains(id, Sex.MALE));
        }
        data = new KinshipData(new FrequencyTable(loci), profiles, bodies, fams, Map.of(), List.of());
    }

    private static Optional<String> opt(String parent, String fid) {
        return parent.isEmpty() ? Optional.empty() : Optional.of(fid + "_" + parent);
    }
}
