package org.repatria.store.genetic;

/**
 * Where a case's search stands, the threshold it used (log10 LR), the subpopulation correction theta it applies (the
 * case's theta: chosen when a search starts, {@link #DEFAULT_THETA} before), and why it failed (empty otherwise).
 */
public record SearchState(Status status, double minLog10Lr, double theta, String note) {
    /** A case's theta until its unit chooses one: 0.01, NRC II's usual value, the one same-person matching used. */
    public static final double DEFAULT_THETA = 0.01;

    /** The life of a search: never run, running, done (results stored), failed. */
    public enum Status { NONE, RUNNING, DONE, FAILED }

    /** A case nobody has searched yet. */
    public static SearchState none() {
        return new SearchState(Status.NONE, 0, DEFAULT_THETA, "");
    }
}
