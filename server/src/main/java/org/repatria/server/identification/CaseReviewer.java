package org.repatria.server.identification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;
import org.repatria.kinship.search.Match;
import org.repatria.kinship.search.PairResult;
import org.repatria.kinship.search.Review;
import org.repatria.kinship.search.Target;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SamePersonPair;
import org.repatria.store.genetic.SearchState;
import org.repatria.store.genetic.StoredMatch;

/** Builds the review of a case (kinship's {@link Review} over the stored rows) and the candidate view of one pair. */
final class CaseReviewer {
    private static final int BEST = 3;

    private CaseReviewer() {
    }

    static CaseReview review(GeneticCase c, Optional<SearchProgress> progress, KinshipData data, List<StoredMatch> rows,
                             List<SamePersonPair> samePerson, List<Decision> decisions) {
        List<Match> matches = rows.stream().map(m -> new Match(m.remainsId(), m.familyId(), m.missingId(), m.log10Lr(),
                m.exclusions())).toList();
        Review review = Review.of(matches, c.search().minLog10Lr());
        Set<String> several = new HashSet<>(review.remainsMatchingSeveral());
        Set<Target> contested = new HashSet<>(review.missingMatchedSeveral());
        Map<String, List<StoredMatch>> byRemains = new LinkedHashMap<>();
        rows.forEach(m -> byRemains.computeIfAbsent(m.remainsId(), k -> new ArrayList<>()).add(m));
        Map<String, Decision> confirmed = new LinkedHashMap<>();
        decisions.stream().filter(Decision::confirmed).forEach(d -> confirmed.putIfAbsent(d.pair().remainsId(), d));
        boolean searched = c.search().status() == SearchState.Status.DONE;
        List<CaseReview.RemainsLine> remains = new ArrayList<>();
        for (Remains r : data.remains()) {
            List<StoredMatch> candidates = byRemains.getOrDefault(r.sampleId(), List.of());
            remains.add(new CaseReview.RemainsLine(r.sampleId(), candidates, several.contains(r.sampleId()),
                    Optional.ofNullable(confirmed.get(r.sampleId())), triage(searched, candidates, contested)));
        }
        List<CaseReview.MissingLine> missing = new ArrayList<>();
        review.byMissing().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Target, List<Match>> e) -> e.getKey().familyId())
                        .thenComparing(e -> e.getKey().missingId()))
                .forEach(e -> missing.add(new CaseReview.MissingLine(e.getKey().familyId(), e.getKey().missingId(),
                        e.getValue().stream().limit(BEST).map(m -> new StoredMatch(m.remainsId(), m.familyId(),
                                m.missingId(), m.log10Lr(), m.exclusions())).toList(), contested.contains(e.getKey()))));
        return new CaseReview(c, progress, remains, missing, samePerson, decisions, data.notes(),
                CaseReview.Summary.of(remains));
    }

    // A sample whose one candidate is also another sample's is not strong: one of the two is someone else.
    private static SampleTriage triage(boolean searched, List<StoredMatch> candidates, Set<Target> contested) {
        if (!searched) {
            return SampleTriage.NOT_SEARCHED;
        }
        if (candidates.isEmpty()) {
            return SampleTriage.NO_CANDIDATE;
        }
        StoredMatch only = candidates.getFirst();
        return candidates.size() == 1 && !contested.contains(new Target(only.familyId(), only.missingId()))
                ? SampleTriage.STRONG : SampleTriage.AMBIGUOUS;
    }

    static Candidate candidate(GeneticCase c, KinshipData data, PairResult lr, String remainsId, String familyId,
                               String missingId) {
        Family family = data.families().stream().filter(f -> f.id().equals(familyId)).findFirst().orElseThrow();
        List<Member> typed = family.members().stream().filter(m -> m.sampleId().isPresent()).toList();
        List<Candidate.MarkerLine> markers = new ArrayList<>();
        for (Locus locus : data.frequencies().loci()) {
            Double markerLr = lr.markerLrs().get(locus.name());
            if (markerLr == null) {
                continue;
            }
            List<String> refs = typed.stream().map(m -> genotype(data, m.sampleId().get(), locus)).toList();
            markers.add(new Candidate.MarkerLine(locus.name(), genotype(data, remainsId, locus), refs, markerLr));
        }
        return new Candidate(c, remainsId, familyId, missingId, lr.log10Lr(), lr.exclusions(),
                typed.stream().map(CaseReviewer::reference).toList(), markers, PedigreeDrawing.of(family, missingId));
    }

    /** A typed member as a column heading: its id, and its sample's when that differs. */
    private static String reference(Member m) {
        String sample = m.sampleId().orElse("");
        return m.id().equals(sample) ? m.id() : m.id() + " (" + sample + ")";
    }

    private static String genotype(KinshipData data, String sampleId, Locus locus) {
        Profile p = data.profiles().get(sampleId);
        Optional<Genotype> g = p == null ? Optional.empty() : p.genotype(locus.name());
        return g.map(x -> locus.allele(x.first()) + "/" + locus.allele(x.second())).orElse("");
    }
}
