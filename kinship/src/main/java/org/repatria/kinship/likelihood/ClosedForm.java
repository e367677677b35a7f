package org.repatria.kinship.likelihood;

import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Relationship;
import org.repatria.kinship.profile.Genotype;

/**
 * The one-relative LR without mutation, from the IBD coefficients:
 * LR = k0 + k1 * P(v | r, one allele IBD) / P(v) + k2 * [v = r] / P(v).
 */
public final class ClosedForm {

    private ClosedForm() {
    }

    public static double lr(Genotype victim, Genotype relative, Locus locus, Relationship rel) {
        double pv = hardyWeinberg(victim, locus);
        double oneIbd = 0.5 * (givenShared(victim, relative.first(), locus) + givenShared(victim, relative.second(), locus));
        double identical = victim.equals(relative) ? 1 : 0;
        return rel.k0() + rel.k1() * oneIbd / pv + rel.k2() * identical / pv;
    }

    /** P(victim's genotype | one of its alleles is {@code shared}, the other drawn from the population). */
    private static double givenShared(Genotype v, int shared, Locus locus) {
        if (v.homozygous()) {
            return v.first() == shared ? locus.frequency(shared) : 0;
        }
        return (v.first() == shared ? locus.frequency(v.second()) : 0) + (v.second() == shared ? locus.frequency(v.first()) : 0);
    }

    static double hardyWeinberg(Genotype g, Locus locus) {
        double pa = locus.frequency(g.first());
        return g.homozygous() ? pa * pa : 2 * pa * locus.frequency(g.second());
    }
}
