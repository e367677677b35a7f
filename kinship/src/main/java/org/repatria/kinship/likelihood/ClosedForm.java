package org.repatria.kinship.likelihood;

import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.profile.Genotype;

/**
 * The one-relative LR without mutation, from the IBD coefficients:
 * LR = [k0 P(v | r) + k1 P(v | r, one allele IBD) + k2 [v = r]] / P(v | r), where the victim's alleles
 * not shared by descent are drawn given the relative's two alleles already seen, with the
 * Balding–Nichols subpopulation correction theta (NRC II 4.10); theta = 0 gives plain frequencies.
 */
public final class ClosedForm {

    private ClosedForm() {
    }

    public static double lr(Genotype victim, Genotype relative, Locus locus, Relationship rel) {
        return lr(victim, relative, locus, rel, 0);
    }

    public static double lr(Genotype victim, Genotype relative, Locus locus, Relationship rel, double theta) {
        Urn urn = new Urn(locus, theta, relative);
        double unrelated = victim.homozygous()
                ? urn.draw(victim.first()) * urn.with(victim.first()).draw(victim.first())
                : 2 * urn.draw(victim.first()) * urn.with(victim.first()).draw(victim.second());
        double oneIbd = 0.5 * (givenShared(victim, relative.first(), urn) + givenShared(victim, relative.second(), urn));
        double identical = victim.equals(relative) ? 1 : 0;
        return (rel.k0() * unrelated + rel.k1() * oneIbd + rel.k2() * identical) / unrelated;
    }

    /** P(victim's genotype | one of its alleles is a copy of {@code shared}, the other drawn from the urn). */
    private static double givenShared(Genotype v, int shared, Urn urn) {
        if (v.homozygous()) {
            return v.first() == shared ? urn.draw(shared) : 0;
        }
        return (v.first() == shared ? urn.draw(v.second()) : 0) + (v.second() == shared ? urn.draw(v.first()) : 0);
    }

    static double hardyWeinberg(Genotype g, Locus locus) {
        double pa = locus.frequency(g.first());
        return g.homozygous() ? pa * pa : 2 * pa * locus.frequency(g.second());
    }

    /** Balding–Nichols sampling: P(next allele = a | alleles seen) = (count(a) theta + (1 - theta) p_a) / (1 + (n - 1) theta). */
    private record Urn(Locus locus, double theta, int[] seen) {

        Urn(Locus locus, double theta, Genotype relative) {
            this(locus, theta, new int[] {relative.first(), relative.second()});
        }

        double draw(int allele) {
            int count = 0;
            for (int s : seen) {
                count += s == allele ? 1 : 0;
            }
            return (count * theta + (1 - theta) * locus.frequency(allele)) / (1 + (seen.length - 1) * theta);
        }

        Urn with(int allele) {
            int[] more = java.util.Arrays.copyOf(seen, seen.length + 1);
            more[seen.length] = allele;
            return new Urn(locus, theta, more);
        }
    }
}
