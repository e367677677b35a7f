package org.repatria.kinship.likelihood;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.pedigree.Sex;
import org.repatria.kinship.profile.Genotype;

/** Test pedigrees: the missing person "M" and one typed relative "R" in each closed-form relationship. */
final class Pedigrees {

    private Pedigrees() {
    }

    /** Rows "id father mother sex(1/2)" with "-" for no parent; member "M" is missing. */
    static Family family(String... rows) {
        List<Member> members = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            members.add(new Member(f[0], parent(f[1]), parent(f[2]), f[3].equals("1") ? Sex.MALE : Sex.FEMALE,
                    Optional.empty(), f[0].equals("M")));
        }
        return new Family("test", members);
    }

    private static Optional<String> parent(String id) {
        return id.equals("-") ? Optional.empty() : Optional.of(id);
    }

    static Family of(Relationship rel, boolean relativeIsParent) {
        return switch (rel) {
            case PARENT_CHILD -> relativeIsParent
                    ? family("R - - 1", "X - - 2", "M R X 1")
                    : family("M - - 1", "S - - 2", "R M S 2");
            case FULL_SIBLINGS -> family("F - - 1", "D - - 2", "R F D 1", "M F D 1");
            case HALF_SIBLINGS -> family("F - - 1", "D1 - - 2", "D2 - - 2", "R F D1 1", "M F D2 2");
            case GRANDPARENT -> family("R - - 2", "S - - 1", "P S R 1", "Q - - 2", "M P Q 1");
            case AVUNCULAR -> family("F - - 1", "D - - 2", "R F D 2", "P F D 1", "Q - - 2", "M P Q 1");
            case FIRST_COUSINS -> family("F - - 1", "D - - 2", "P1 F D 1", "P2 F D 2", "S1 - - 2", "S2 - - 1",
                    "R P1 S1 1", "M S2 P2 2");
            default -> throw new IllegalArgumentException(rel.name());
        };
    }

    static Locus randomLocus(Random random, int alleles) {
        double[] f = new double[alleles];
        double sum = 0;
        for (int i = 0; i < alleles; i++) {
            f[i] = 0.02 + random.nextDouble();
            sum += f[i];
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < alleles; i++) {
            f[i] /= sum;
            names.add(Integer.toString(8 + i));
        }
        return new Locus("L", names, f);
    }

    static Genotype randomGenotype(Random random, Locus locus) {
        return new Genotype(random.nextInt(locus.size()), random.nextInt(locus.size()));
    }
}
