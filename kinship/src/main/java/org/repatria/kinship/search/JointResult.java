package org.repatria.kinship.search;

import java.util.List;

/**
 * The joint identification of a case: the pairs it assigns (undisputed first), the missing persons it leaves
 * unidentified, how many connected groups were searched jointly and how many assignments they held in all.
 */
public record JointResult(List<JointRow> rows, List<Target> unidentified, int groups, long assignments) {

    public JointResult {
        rows = List.copyOf(rows);
        unidentified = List.copyOf(unidentified);
    }
}
