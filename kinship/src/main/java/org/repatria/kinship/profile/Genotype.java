package org.repatria.kinship.profile;

/** An unordered pair of allele indices of one locus; {@code first <= second}. A homozygote has them equal. */
public record Genotype(int first, int second) {

    public Genotype {
        if (first > second) {
            int t = first;
            first = second;
            second = t;
        }
        if (first < 0) {
            throw new IllegalArgumentException("allele index must be >= 0: " + first);
        }
    }

    /** The position of this genotype in a table over all genotypes of the locus: second*(second+1)/2 + first. */
    public int index() {
        return index(first, second);
    }

    public static int index(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi * (hi + 1) / 2 + lo;
    }

    public boolean homozygous() {
        return first == second;
    }
}
