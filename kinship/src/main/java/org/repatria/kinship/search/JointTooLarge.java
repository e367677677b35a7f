package org.repatria.kinship.search;

import java.util.Locale;
import org.repatria.kinship.KinshipException;

/**
 * The case is too big for the joint search: the message names the limit, its value, what was found, and what to do
 * (consider only pairs with a higher LR, keep fewer candidates per remains, or split the case).
 */
public final class JointTooLarge extends KinshipException {

    private final String limitName;
    private final long limit;

    private JointTooLarge(String message, String limitName, long limit) {
        super(message);
        this.limitName = limitName;
        this.limit = limit;
    }

    /** A connected group of remains and missing persons with more joint assignments than the limit. */
    static JointTooLarge assignments(long limit, int remains, int missing) {
        return new JointTooLarge(String.format(Locale.ROOT, "joint search: a group of %,d remains and %,d missing persons"
                + " has more than %,d joint assignments (the limit, max assignments); consider only pairs with a higher LR"
                + " (limit), keep fewer candidates per remains (keep), or split the case", remains, missing, limit),
                "max_assignments", limit);
    }

    /** More remains x missing persons than the pair matrix may hold. */
    static JointTooLarge pairs(long limit, int remains, int missing) {
        return new JointTooLarge(String.format(Locale.ROOT, "joint search: %,d remains x %,d missing persons = %,d pairs;"
                + " the limit is %,d pairs; run the pairwise search and give the joint search the families and remains it"
                + " names, or split the case", remains, missing, (long) remains * missing, limit), "max_pairs", limit);
    }

    /** The limit's name: {@code max_assignments} or {@code max_pairs}. */
    public String limitName() {
        return limitName;
    }

    /** The limit's value. */
    public long limit() {
        return limit;
    }
}
