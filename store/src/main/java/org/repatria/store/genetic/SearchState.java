package org.repatria.store.genetic;

/** Where a case's search stands, the threshold it used (log10 LR), and why it failed (empty otherwise). */
public record SearchState(Status status, double minLog10Lr, String note) {

    /** The life of a search: never run, running, done (results stored), failed. */
    public enum Status { NONE, RUNNING, DONE, FAILED }

    /** A case nobody has searched yet. */
    public static SearchState none() {
        return new SearchState(Status.NONE, 0, "");
    }
}
