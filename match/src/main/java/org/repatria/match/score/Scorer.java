package org.repatria.match.score;

import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;

/** Weighs a compared pair: per-field log2 Bayes factors, term-frequency adjusted at the levels that say so. */
public final class Scorer {
    private final Model model;
    private final TermFrequencies frequencies;

    public Scorer(Model model, TermFrequencies frequencies) {
        this.model = model;
        this.frequencies = frequencies;
    }

    /** The model in use. */
    public Model model() {
        return model;
    }

    /** Writes each field's log2 Bayes factor for the pair into {@code out} and returns the total log2 odds. */
    public double weigh(Profile a, Profile b, byte[] levels, double[] out) {
        double total = model.priorWeight();
        for (Field f : Field.values()) {
            int l = levels[f.ordinal()];
            double w = f.levels().get(l).weighedByFrequency()
                    ? model.weight(f, l, model.u()[f.ordinal()][l] * frequencies.of(f, a, b))
                    : model.weight(f, l);
            out[f.ordinal()] = w;
            total += w;
        }
        return total;
    }
}
