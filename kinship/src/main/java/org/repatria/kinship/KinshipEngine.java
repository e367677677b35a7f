package org.repatria.kinship;

import java.util.List;
import org.repatria.kinship.search.Match;
import org.repatria.kinship.search.PairResult;
import org.repatria.kinship.search.Progress;
import org.repatria.kinship.search.Search;

/** The kinship library's entry point: pairwise LRs and the DVI search over one case's data. */
public final class KinshipEngine {

    private final Search search;

    public KinshipEngine(KinshipData data) {
        this.search = new Search(data);
    }

    /** LR of "remains {@code remainsId} is missing person {@code missingId} of family {@code familyId}" against "unrelated". */
    public PairResult pairwise(String remainsId, String familyId, String missingId) {
        return search.pair(remainsId, familyId, missingId);
    }

    /** Every remains against every missing person; rows at or above {@code minLog10Lr}. */
    public List<Match> search(double minLog10Lr, Progress progress) {
        return search.run(minLog10Lr, progress);
    }
}
