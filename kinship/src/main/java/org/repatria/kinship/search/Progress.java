package org.repatria.kinship.search;

/** Told after each family is searched; called from worker threads. */
@FunctionalInterface
public interface Progress {

    void familiesDone(int done, int total);

    /** Reports nothing. */
    static Progress none() {
        return (done, total) -> { };
    }
}
