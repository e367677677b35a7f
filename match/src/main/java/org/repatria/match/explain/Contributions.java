package org.repatria.match.explain;

import java.util.AbstractList;
import java.util.Locale;
import java.util.RandomAccess;
import org.repatria.match.compare.Field;

/**
 * Each field's contribution, kept as its level and weight and made a {@link Contribution} when read: a million-row
 * linkage keeps hundreds of thousands of explanations, most never read. Immutable.
 */
final class Contributions extends AbstractList<Contribution> implements RandomAccess {
    private static final Field[] FIELDS = Field.values();
    private static final String[] NAMES = java.util.Arrays.stream(FIELDS).map(f -> f.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new);
    private final byte[] levels;
    private final double[] weights;

    /** Copies the first {@code FIELDS.length} levels and weights. */
    Contributions(byte[] levels, double[] weights) {
        this.levels = java.util.Arrays.copyOf(levels, FIELDS.length);
        this.weights = java.util.Arrays.copyOf(weights, FIELDS.length);
    }

    @Override
    public Contribution get(int index) {
        return new Contribution(NAMES[index], FIELDS[index].label(levels[index]), weights[index]);
    }

    @Override
    public int size() {
        return FIELDS.length;
    }
}
