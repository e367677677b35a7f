package org.repatria.match.score;

import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;

/** Weighs a compared pair: per-field log2 Bayes factors, term-frequency adjusted at the levels that say so. */
public final class Scorer {
    private static final Field[] FIELDS = Field.values();
    private final Model model;
    private final TermFrequencies frequencies;
    /** Per field and level, the weight when not adjusted (NaN where the level is adjusted for frequency). */
    private final double[][] fixed;

    public Scorer(Model model, TermFrequencies frequencies) {
        this.model = model;
        this.frequencies = frequencies;
        this.fixed = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            fixed[f.ordinal()] = new double[f.levelCount()];
            for (int l = 0; l < f.levelCount(); l++) {
                fixed[f.ordinal()][l] = f.levels().get(l).weighedByFrequency() ? Double.NaN : model.weight(f, l);
            }
        }
    }

    /** The model in use. */
    public Model model() {
        return model;
    }

    /** Writes each field's log2 Bayes factor for the pair into {@code out} and returns the total log2 odds. */
    public double weigh(Profile a, Profile b, byte[] levels, double[] out) {
        double total = model.priorWeight();
        for (Field f : FIELDS) {
            double w = weight(a, b, f, levels[f.ordinal()]);
            out[f.ordinal()] = w;
            total += w;
        }
        return total;
    }

    /** The total log2 odds of the pair whose levels start at {@code offset} in {@code levels} (as {@link #weigh}). */
    public double odds(Profile a, Profile b, byte[] levels, int offset) {
        double total = model.priorWeight();
        for (Field f : FIELDS) {
            total += weight(a, b, f, levels[offset + f.ordinal()]);
        }
        return total;
    }

    /**
     * The total log2 odds of a pair from its levels at {@code offset}, its names' frequencies asked of {@code names}
     * only at the levels weighed by them (as {@link #odds(Profile, Profile, byte[], int)}, without the profiles).
     */
    public double odds(byte[] levels, int offset, PairNames names) {
        double total = model.priorWeight();
        for (Field f : FIELDS) {
            int l = levels[offset + f.ordinal()];
            double w = fixed[f.ordinal()][l];
            total += Double.isNaN(w) ? model.weight(f, l, model.u()[f.ordinal()][l] * names.frequency(f)) : w;
        }
        return total;
    }

    /** The lists' name frequencies ({@link TermFrequencies}) this scorer weighs by. */
    public TermFrequencies frequencies() {
        return frequencies;
    }

    /** A pair's name frequencies, as {@link TermFrequencies#of} gives them for its two profiles. */
    @FunctionalInterface
    public interface PairNames {
        /** The frequency of the pair's names in {@code field} (surname or given name). */
        double frequency(Field field);
    }

    private double weight(Profile a, Profile b, Field f, int l) {
        double w = fixed[f.ordinal()][l];
        return Double.isNaN(w) ? model.weight(f, l, model.u()[f.ordinal()][l] * frequencies.of(f, a, b)) : w;
    }
}
