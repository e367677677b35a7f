package org.repatria.kinship;

import java.util.List;
import java.util.Map;
import org.repatria.kinship.search.Assignment;
import org.repatria.kinship.search.DirectMatches;
import org.repatria.kinship.search.JointIdentification;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.JointProgress;
import org.repatria.kinship.search.JointResult;
import org.repatria.kinship.search.JointSearch;
import org.repatria.kinship.search.Match;
import org.repatria.kinship.search.PairResult;
import org.repatria.kinship.search.Progress;
import org.repatria.kinship.search.SamePerson;
import org.repatria.kinship.search.Search;
import org.repatria.kinship.search.Target;

/**
 * The kinship library's entry point: pairwise LRs and the DVI search over one case's data, every likelihood
 * with the subpopulation correction theta given at construction (0 = none).
 */
public final class KinshipEngine {

    private final KinshipData data;
    private final Search search;
    private final JointSearch joint;

    public KinshipEngine(KinshipData data) {
        this(data, 0);
    }

    /** An engine whose searches (pairwise, one relative, any pedigree, joint) apply theta in [0, 1). */
    public KinshipEngine(KinshipData data, double theta) {
        this.data = data;
        this.search = new Search(data, theta);
        this.joint = new JointSearch(data, search);
    }

    /** Every joint assignment of remains to missing persons, best first (small cases only; see {@link JointSearch}). */
    public List<Assignment> jointAssignments() {
        return joint.assignments(Map.of());
    }

    /** As {@link #jointAssignments()}, with some pairs already decided (remains id to target). */
    public List<Assignment> jointAssignments(Map<String, Target> fixed) {
        return joint.assignments(fixed);
    }

    /**
     * The joint identification of the case as dvir's {@code jointDVI}: undisputed pairs first, the rest searched jointly
     * with posterior pairing probabilities; refused ({@link org.repatria.kinship.search.JointTooLarge}) when too big.
     */
    public JointResult identifyJointly(JointParameters parameters, JointProgress progress) {
        return new JointIdentification(data).run(parameters, progress);
    }

    /** Natural-log likelihood of all the data when remains are the given missing persons (remains id to target). */
    public double logLikelihood(Map<String, Target> pairs) {
        return joint.logLikelihood(pairs);
    }

    /** LR of "remains {@code remainsId} is missing person {@code missingId} of family {@code familyId}" against "unrelated". */
    public PairResult pairwise(String remainsId, String familyId, String missingId) {
        return search.pair(remainsId, familyId, missingId, Map.of());
    }

    /**
     * As {@link #pairwise(String, String, String)}, given identifications already made in the same family
     * ({@code identified}: member id to remains id), as dvir does after its undisputed step.
     */
    public PairResult pairwise(String remainsId, String familyId, String missingId, Map<String, String> identified) {
        return search.pair(remainsId, familyId, missingId, identified);
    }

    /** The subpopulation correction this engine's searches apply. */
    public double theta() {
        return search.theta();
    }

    /** Pairs of remains samples that may be one person, with this engine's theta. */
    public List<SamePerson> samePerson(double minLog10Lr, int minSharedMarkers) {
        return DirectMatches.find(data, minLog10Lr, search.theta(), minSharedMarkers);
    }

    /** Pairs of remains samples that may be one person (identity LR with subpopulation correction {@code theta}). */
    public List<SamePerson> samePerson(double minLog10Lr, double theta, int minSharedMarkers) {
        return DirectMatches.find(data, minLog10Lr, theta, minSharedMarkers);
    }

    /** Every remains against every missing person; rows at or above {@code minLog10Lr}. */
    public List<Match> search(double minLog10Lr, Progress progress) {
        return search.run(minLog10Lr, progress);
    }
}
