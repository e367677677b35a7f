package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.likelihood.LocusModel;

/**
 * The joint identification of a case, as dvir's {@code jointDVI} (Vigeland &amp; Egeland 2021): the pairwise LR
 * matrix; the undisputed pairs fixed first, step by step; then every remaining remains and missing person linked by
 * candidate pairs (LR above the limit) searched jointly, group by group, with posterior pairing probabilities under a
 * flat prior. Groups are independent: they share no remains and no missing person, so the posteriors factor.
 */
public final class JointIdentification {

    /** The most pairs (remains x missing persons) the LR matrix may hold: 4,000,000 (32 MB of doubles). */
    public static final long MAX_PAIRS = 4_000_000;

    private final KinshipData data;
    private final List<LocusModel> loci = new ArrayList<>();

    public JointIdentification(KinshipData data) {
        this.data = data;
        for (Locus locus : data.frequencies().loci()) {
            loci.add(new LocusModel(locus, data.mutation(locus.name())));
        }
    }

    /** Runs the whole identification; refuses ({@link JointTooLarge}) before any joint work if a group is too big. */
    public JointResult run(JointParameters p, JointProgress progress) {
        if (p.theta() > 0) {
            throw new KinshipException("joint search: theta " + p.theta() + " is not applied yet by the pedigree likelihood;"
                    + " run with theta 0 (decision 0174)");
        }
        long missing = data.families().stream().mapToLong(f -> f.missing().size()).sum();
        if ((long) data.remains().size() * missing > MAX_PAIRS) {
            throw JointTooLarge.pairs(MAX_PAIRS, data.remains().size(), (int) missing);
        }
        PairMatrix m = new PairMatrix(data, loci);
        m.compute(IntStream.range(0, data.families().size()).boxed().toList(), "pairs", progress);
        List<JointRow> rows = new ArrayList<>(Undisputed.run(m, p.threshold(), progress));
        List<JointGroup> groups = groups(m, p);
        for (JointGroup g : groups) {
            if (g.count(p.maxAssignments()) > p.maxAssignments()) {
                throw JointTooLarge.assignments(p.maxAssignments(), g.remains.length, g.missingCount());
            }
        }
        FamilyTerms terms = new FamilyTerms(m);
        List<List<JointRow>> solved = new ArrayList<>(groups.size());
        long[] counts = new long[groups.size()];
        groups.forEach(g -> solved.add(null));
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, groups.size()).parallel().forEach(i -> {
            long[] out = new long[1];
            solved.set(i, groups.get(i).solve(terms, p.probable(), out));
            counts[i] = out[0];
            progress.done("joint", done.incrementAndGet(), groups.size());
        });
        List<JointRow> joint = new ArrayList<>();
        solved.forEach(joint::addAll);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int r = 0; r < data.remains().size(); r++) {
            order.put(data.remains().get(r).sampleId(), r);
        }
        joint.sort(Comparator.comparingInt(row -> order.get(row.remainsId())));
        rows.addAll(joint);
        Set<Target> assigned = new HashSet<>();
        rows.forEach(row -> assigned.add(new Target(row.familyId(), row.missingId())));
        List<Target> unidentified = m.targets.stream().filter(t -> !assigned.contains(t)).toList();
        return new JointResult(rows, unidentified, groups.size(), Arrays.stream(counts).sum());
    }

    /** Candidate pairs (open, LR above the limit, the best {@code keep} per remains) joined into connected groups. */
    private static List<JointGroup> groups(PairMatrix m, JointParameters p) {
        int remains = m.log10.length;
        int targets = m.targets.size();
        double floor = p.limit() == 0 ? Double.NEGATIVE_INFINITY : Math.log10(p.limit());
        int[][] candidates = new int[remains][];
        int[] parent = IntStream.range(0, remains + targets).toArray();
        for (int r = 0; r < remains; r++) {
            int row = r;
            List<Integer> c = new ArrayList<>();
            for (int t = 0; t < targets; t++) {
                if (m.open(r, t) > floor) {
                    c.add(t);
                }
            }
            c.sort(Comparator.comparingDouble((Integer t) -> m.log10[row][t]).reversed());
            candidates[r] = c.stream().limit(p.keep() == 0 ? Long.MAX_VALUE : p.keep()).mapToInt(Integer::intValue).toArray();
            for (int t : candidates[r]) {
                parent[find(parent, r)] = find(parent, remains + t);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int r = 0; r < remains; r++) {
            if (candidates[r].length > 0) {
                byRoot.computeIfAbsent(find(parent, r), k -> new ArrayList<>()).add(r);
            }
        }
        List<JointGroup> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            int[] rs = members.stream().mapToInt(Integer::intValue).toArray();
            int[][] cs = new int[rs.length][];
            for (int i = 0; i < rs.length; i++) {
                cs[i] = candidates[rs[i]];
            }
            groups.add(new JointGroup(m, rs, cs));
        }
        return groups;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
