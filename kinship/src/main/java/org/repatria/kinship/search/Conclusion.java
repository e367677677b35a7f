package org.repatria.kinship.search;

/**
 * What the joint identification concludes about one pair it assigns. {@link #UNDISPUTED}: fixed before the joint
 * search (LR at or above the threshold and that many times every other LR in its row and column, as dvir's
 * {@code findUndisputed}); {@link #PROBABLE}: in the best joint assignment with posterior at or above
 * {@link JointParameters#probable()}; {@link #INCONCLUSIVE}: in the best joint assignment, posterior below it.
 */
public enum Conclusion {
    UNDISPUTED, PROBABLE, INCONCLUSIVE;

    /** The word in the CSV: lower case. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
