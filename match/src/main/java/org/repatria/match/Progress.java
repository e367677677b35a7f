package org.repatria.match;

/** Hears how far a long matching run has got: {@code done} of {@code total} units of the named stage. */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (stage, done, total) -> { };

    void report(String stage, long done, long total);
}
