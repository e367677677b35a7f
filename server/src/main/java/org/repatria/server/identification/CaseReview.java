package org.repatria.server.identification;

import java.util.List;
import java.util.Optional;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SamePersonPair;
import org.repatria.store.genetic.StoredMatch;

/**
 * A case as the unit reviews it: per remains sample the missing persons above the threshold (best first),
 * per missing person the best remains, the flags for either matching several, and the decisions made.
 */
public record CaseReview(GeneticCase header, Optional<SearchProgress> progress, List<RemainsLine> remains,
                         List<MissingLine> missing, List<SamePersonPair> samePerson, List<Decision> decisions, List<String> notes,
                         Summary summary) {

    /**
     * One remains sample: its candidates, whether it matches several missing persons, its confirmation if any, and
     * where it stands ({@link SampleTriage}).
     */
    public record RemainsLine(String remainsId, List<StoredMatch> candidates, boolean matchesSeveral,
                              Optional<Decision> identified, SampleTriage triage) {
    }

    /** How many samples stand where: strong, ambiguous, without a candidate, not searched yet. */
    public record Summary(int strong, int ambiguous, int noCandidate, int notSearched) {
        static Summary of(List<RemainsLine> lines) {
            int[] n = new int[SampleTriage.values().length];
            lines.forEach(l -> n[l.triage().ordinal()]++);
            return new Summary(n[SampleTriage.STRONG.ordinal()], n[SampleTriage.AMBIGUOUS.ordinal()],
                    n[SampleTriage.NO_CANDIDATE.ordinal()], n[SampleTriage.NOT_SEARCHED.ordinal()]);
        }
    }

    /** One missing person with candidates: the best remains, and whether several remains match. */
    public record MissingLine(String familyId, String missingId, List<StoredMatch> best, boolean matchedSeveral) {
    }
}
