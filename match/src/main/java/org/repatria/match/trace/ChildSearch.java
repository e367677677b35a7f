package org.repatria.match.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.match.name.Names;

/**
 * Searches for a deported child's case among candidate records (the other side's answers, rows of the lists the
 * reader may see), allowing a changed surname and given name and weighing birth date (exact, shifted, swapped), birth
 * place, the parents' names (a patronymic consistent with the father's given name, the mother's given name and
 * surname), the removal against the placement, and sex, across Ukrainian, Russian and Latin writing. Each candidate
 * gets a score in [0, 1], the reasons per particular, and is proposed to the reviewer at {@link #PROPOSE_AT} or above.
 */
public final class ChildSearch {
    /** The score at or above which a candidate is proposed to the reviewer. */
    public static final double PROPOSE_AT = 0.5;
    /** The most candidates shown for one case. */
    public static final int SHORTLIST = 10;
    /** The most candidate records one search holds. */
    public static final int MAX_CANDIDATES = 2_000_000;
    /** Evidence (log2 Bayes factor) a candidate needs to be shown at all. */
    static final double MIN_EVIDENCE = 3;

    private final List<Prepared> pool;
    private final Names names = new Names();
    private final Frequencies frequencies;
    private final Index index;
    private final double prior;

    /** A search over these candidate records (ids as the caller knows them). */
    public ChildSearch(List<ChildRecord> candidates) {
        if (candidates.size() > MAX_CANDIDATES) {
            throw new IllegalArgumentException("a child search takes at most " + MAX_CANDIDATES
                    + " candidate records at once (got " + candidates.size() + "); narrow the lists searched");
        }
        this.pool = candidates.parallelStream().map(r -> Prepared.of(r, names)).toList();
        this.frequencies = new Frequencies(pool);
        this.index = new Index(pool);
        // Even odds that the child is among the candidates at all, spread evenly over them; a pool under a thousand is
        // taken as a sample of one (as the name frequencies are), so a search over three records proposes no namesake.
        this.prior = -Math.log(Math.max(Frequencies.SMALLEST_POOL, pool.size())) / Math.log(2);
    }

    /** The candidates for one child's case, best first, at most {@link #SHORTLIST}. */
    public List<Candidate> search(ChildRecord child) {
        return search(child, KnownAs.NONE);
    }

    /** The candidates for a case also known under other names or birth dates: each candidate weighed at its best. */
    public List<Candidate> search(ChildRecord child, KnownAs knownAs) {
        List<Prepared> variants = knownAs.variants(child).stream().map(v -> Prepared.of(v, names)).toList();
        BitSet blocked = new BitSet();
        variants.forEach(v -> blocked.or(index.candidates(v)));
        List<Weighed> weighed = new ArrayList<>();
        double odds = 0;
        for (int i = blocked.nextSetBit(0); i >= 0; i = blocked.nextSetBit(i + 1)) {
            Weighed w = best(variants, pool.get(i));
            odds += Math.pow(2, prior + w.evidence());
            if (w.evidence() >= MIN_EVIDENCE) {
                weighed.add(w);
            }
        }
        double total = odds;
        return weighed.stream().sorted(Comparator.comparingDouble(Weighed::evidence).reversed()
                        .thenComparing(w -> w.candidate().raw().id()))
                .limit(SHORTLIST)
                .map(w -> {
                    double score = Math.pow(2, prior + w.evidence()) / (1 + total);
                    return new Candidate(w.candidate().raw().id(), score, score >= PROPOSE_AT, w.reasons());
                }).toList();
    }

    /** The candidates for each case, by the case's id (in the order given), searched in parallel. */
    public Map<String, List<Candidate>> searchAll(List<ChildRecord> cases) {
        List<List<Candidate>> found = cases.parallelStream().map(this::search).toList();
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            out.put(cases.get(i).id(), found.get(i));
        }
        return out;
    }

    private Weighed best(List<Prepared> variants, Prepared k) {
        Weighed best = weigh(variants.getFirst(), k);
        for (int v = 1; v < variants.size(); v++) {
            Weighed w = weigh(variants.get(v), k);
            best = w.evidence() > best.evidence() ? w : best;
        }
        return best;
    }

    private Weighed weigh(Prepared c, Prepared k) {
        List<Reason> reasons = List.of(NameWeights.surname(c, k, frequencies), NameWeights.givenName(c, k, frequencies),
                NameWeights.father(c, k, frequencies), NameWeights.motherGivenName(c, k), NameWeights.motherSurname(c, k),
                DateWeights.sex(c, k), DateWeights.birthDate(c, k), NameWeights.birthPlace(c, k, frequencies),
                DateWeights.removal(c, k));
        return new Weighed(k, reasons, reasons.stream().mapToDouble(Reason::weight).sum());
    }

    private record Weighed(Prepared candidate, List<Reason> reasons, double evidence) {
    }
}
