package org.repatria.kinship.likelihood;

import org.repatria.kinship.frequency.Locus;

/**
 * Under the subpopulation correction, which alleles two founder alleles in the merged state are: the merged
 * alleles' share of the subpopulation is Dirichlet and independent of the rest (the Dirichlet's neutrality),
 * so founder alleles in the merged state are drawn from it like the first ones of their own urn:
 * P(x) = p_x / L and P(y | x) = ((1 - theta) p_y + theta [x = y]) / ((1 - theta) L + theta), L the merged frequency.
 * Holds for alleles that are founders' own (never for mutated ones, nor for two copies of one founder allele).
 */
final class WithinLump {

    private WithinLump() {
    }

    /** P(ordered alleles (x, y), given only their states) from a joint table over the (first, second) states. */
    static double pair(double[] joint, Lumping lumping, Locus locus, double theta, int x, int y) {
        int sx = lumping.stateOf[x];
        int sy = lumping.stateOf[y];
        double p = joint[sx + lumping.k * sy];
        if (p == 0 || !lumping.lumped) {
            return p;
        }
        int lump = lumping.observed.length;
        double l = lumping.lumpFrequency;
        if (sx == lump && sy == lump) {
            return p * locus.frequency(x) / l * ((1 - theta) * locus.frequency(y) + (x == y ? theta : 0)) / ((1 - theta) * l + theta);
        }
        return sx == lump ? p * locus.frequency(x) / l : sy == lump ? p * locus.frequency(y) / l : p;
    }

    /** P(genotype {a, b}) from a joint table over ordered (first, second) states: both orders for a heterozygote. */
    static double genotype(double[] joint, Lumping lumping, Locus locus, double theta, int a, int b) {
        double p = pair(joint, lumping, locus, theta, a, b);
        return a == b ? p : p + pair(joint, lumping, locus, theta, b, a);
    }
}
