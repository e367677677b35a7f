package org.repatria.kinship.frequency;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.repatria.kinship.KinshipException;

/** One STR marker: its alleles (in table order) and their population frequencies. */
public final class Locus {

    private final String name;
    private final String[] alleles;
    private final double[] frequencies;
    private final Map<String, Integer> index = new HashMap<>();

    /** Builds a locus; every frequency must be positive (an allele of frequency 0 cannot be explained). */
    public Locus(String name, List<String> alleles, double[] frequencies) {
        if (alleles.isEmpty() || alleles.size() != frequencies.length) {
            throw new KinshipException("marker " + name + ": needs at least one allele with a frequency");
        }
        this.name = name;
        this.alleles = alleles.toArray(String[]::new);
        this.frequencies = frequencies.clone();
        for (int i = 0; i < this.alleles.length; i++) {
            if (!(frequencies[i] > 0 && frequencies[i] <= 1)) {
                throw new KinshipException("marker " + name + ", allele " + this.alleles[i]
                        + ": frequency " + frequencies[i] + " is not in (0, 1]; remove the allele or give its frequency");
            }
            if (index.put(this.alleles[i], i) != null) {
                throw new KinshipException("marker " + name + ": allele " + this.alleles[i] + " is listed twice");
            }
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return alleles.length;
    }

    public String allele(int i) {
        return alleles[i];
    }

    public double frequency(int i) {
        return frequencies[i];
    }

    /** A copy of the frequencies, in allele order. */
    public double[] frequencies() {
        return frequencies.clone();
    }

    public OptionalInt indexOf(String allele) {
        Integer i = index.get(allele);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** This locus with {@code allele} added at frequency {@code floor}, all frequencies rescaled to sum to 1. */
    public Locus withFloorAllele(String allele, double floor) {
        List<String> names = new java.util.ArrayList<>(List.of(alleles));
        names.add(allele);
        double[] f = Arrays.copyOf(frequencies, frequencies.length + 1);
        f[f.length - 1] = floor;
        double sum = Arrays.stream(f).sum();
        for (int i = 0; i < f.length; i++) {
            f[i] /= sum;
        }
        return new Locus(name, names, f);
    }

    /** Number of unordered genotypes, the size of genotype-indexed tables. */
    public int genotypeCount() {
        return alleles.length * (alleles.length + 1) / 2;
    }
}
