package org.repatria.kinship.search;

import java.util.Locale;
import org.repatria.kinship.KinshipException;

/**
 * The knobs of the joint identification, with dvir's defaults ({@code jointDVI}/{@code findUndisputed}).
 *
 * @param threshold     an LR at or above this, at least this many times every other LR in its row and column, is
 *                      undisputed and fixed before the joint search (dvir's {@code threshold}, default 10,000)
 * @param limit         only pairs whose LR is above this are candidates (dvir's {@code limit}, default 0: every pair
 *                      not excluded)
 * @param keep          at most this many candidates per remains, the best first; 0 keeps all (dvir's {@code nkeep})
 * @param maxAssignments the most joint assignments one connected group of remains and missing persons may have
 *                      (dvir's {@code maxAssign}, default 100,000); a bigger group is refused
 * @param probable      a pair of the best joint assignment whose posterior is at least this is {@code probable}
 * @param theta         the subpopulation correction; 0 until the likelihood code applies theta (see decision 0174)
 */
public record JointParameters(double threshold, double limit, int keep, long maxAssignments, double probable, double theta) {

    /** dvir's default {@code threshold}. */
    public static final double THRESHOLD = 1e4;
    /** dvir's default {@code maxAssign}: the joint search's named limit. */
    public static final long MAX_ASSIGNMENTS = 100_000;
    /** The posterior at or above which a pair of the best assignment is called probable. */
    public static final double PROBABLE = 0.95;

    public JointParameters {
        if (!(threshold > 1) || !(limit >= 0) || keep < 0 || maxAssignments < 1 || !(probable > 0 && probable <= 1)
                || !(theta >= 0 && theta < 1)) {
            throw new KinshipException(String.format(Locale.ROOT, "joint search: threshold must be above 1 (is %s), limit"
                    + " at least 0 (is %s), keep at least 0 (is %d), max assignments at least 1 (is %d), probable in (0,1]"
                    + " (is %s), theta in [0,1) (is %s)", threshold, limit, keep, maxAssignments, probable, theta));
        }
    }

    /** dvir's defaults: threshold 10,000, limit 0, keep all, 100,000 assignments, probable at 0.95, theta 0. */
    public static JointParameters defaults() {
        return new JointParameters(THRESHOLD, 0, 0, MAX_ASSIGNMENTS, PROBABLE, 0);
    }

    public JointParameters withThreshold(double t) {
        return new JointParameters(t, limit, keep, maxAssignments, probable, theta);
    }

    public JointParameters withLimit(double l) {
        return new JointParameters(threshold, l, keep, maxAssignments, probable, theta);
    }

    public JointParameters withKeep(int k) {
        return new JointParameters(threshold, limit, k, maxAssignments, probable, theta);
    }

    public JointParameters withMaxAssignments(long m) {
        return new JointParameters(threshold, limit, keep, m, probable, theta);
    }
}
