package org.repatria.core.count;

/**
 * A bag that explains a difference between counts of a tranche, as the records show it. Bags are named in words
 * (tag, container, wagon) as the crossing recorded them.
 */
public sealed interface BagFinding {

    /** The tranche whose counts the bag explains. */
    int tranche();

    /** The bag, in words. */
    String bag();

    /** A bag found to hold parts of a person already counted in another bag: one more bag, no more persons. */
    record PartOf(int tranche, String bag, String countedIn) implements BagFinding {
    }

    /** A bag on the manifest that did not cross: one bag and one person fewer. */
    record Missing(int tranche, String bag) implements BagFinding {
    }

    /** A bag that crossed though on no line of the manifest (or of another side's forces): one bag more. */
    record Extra(int tranche, String bag) implements BagFinding {
    }
}
