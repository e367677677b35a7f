package org.repatria.core.handover;

/** Decides whether two written names are the same person's; the server passes in the matcher (core cannot depend on it). */
@FunctionalInterface
public interface NameComparison {

    /** Whether {@code listed} (from the manifest) and {@code presented} (read at the crossing) name the same person. */
    boolean samePerson(String listed, String presented);
}
