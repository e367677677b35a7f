package org.repatria.kinship.search;

/** Told as the joint identification goes: the phase ({@code pairs}, {@code undisputed}, {@code joint}) and its count. */
@FunctionalInterface
public interface JointProgress {

    void done(String phase, int done, int total);

    /** Reports nothing. */
    static JointProgress none() {
        return (phase, done, total) -> { };
    }
}
