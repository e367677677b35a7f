package org.repatria.kinship.likelihood;

import java.util.Arrays;
import java.util.Map;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/**
 * What a family's typed members say about one member's genotype at one marker:
 * LR(g) = P(member has g | relatives) / P(g in the population). Computed once per family and marker, so a
 * remains sample is then one table look-up per marker. With a subpopulation correction theta > 0 the
 * unrelated person of the denominator is drawn from the same subpopulation as the family's founders
 * (as Familias and the NRC II formulas do): LR(g) = P(relatives, member has g) / P(relatives, unrelated has g).
 */
public final class TargetPosterior {

    private final Family family;
    private final Genotype[] evidence;
    private final int target;
    private final LocusModel model;
    private final double evidenceLikelihood;
    private final double[] table;
    private final EliminationOrder order;
    /** With theta > 0: the joint of the relatives' genotypes with an unrelated person's (first, second) allele states. */
    private final double[] unrelated;
    private final Lumping lumping;

    private TargetPosterior(Family family, Genotype[] evidence, int target, LocusModel model, EliminationOrder order) {
        this.order = order;
        this.family = family;
        this.evidence = evidence;
        this.target = target;
        this.model = model;
        this.table = new double[model.locus().genotypeCount()];
        this.lumping = PedigreeLikelihood.lumping(model, evidence, null);
        if (model.theta() > 0) {
            this.unrelated = MarkerNetwork.withUnrelated(family, evidence, null, model, lumping, order);
            this.evidenceLikelihood = Arrays.stream(unrelated).sum();
            checkPossible();
            boolean expand = !lumping.lumped || evidence[target] != null || model.mutation().none() && !family.inbred(target);
            if (expand) {
                fillWithTheta(MarkerNetwork.solve(family, evidence, target, model, lumping, order));
            } else {
                Arrays.fill(table, Double.NaN);
            }
            return;
        }
        this.unrelated = null;
        boolean expand = evidence[target] != null
                || model.mutation().keepsFrequenciesWithinLump() && !family.inbred(target);
        if (expand) {
            double[] joint = MarkerNetwork.solve(family, evidence, target, model, lumping, order);
            this.evidenceLikelihood = Arrays.stream(joint).sum();
            checkPossible();
            fillByExpansion(joint, lumping);
        } else {
            this.evidenceLikelihood = MarkerNetwork.solve(family, evidence, -1, model, lumping, order)[0];
            checkPossible();
            Arrays.fill(table, Double.NaN);
        }
    }

    /**
     * The posterior for {@code target} given the typed members in {@code evidence} (member index to genotype);
     * a target with its own reference sample (a direct reference) is in the evidence too. Not thread-safe.
     */
    public static TargetPosterior of(Family family, Map<Integer, Genotype> evidence, int target, LocusModel model) {
        return of(family, evidence, target, model, new EliminationOrder());
    }

    /** As {@link #of(Family, Map, int, LocusModel)}, sharing {@code order} with the family's other markers. */
    public static TargetPosterior of(Family family, Map<Integer, Genotype> evidence, int target, LocusModel model,
                                     EliminationOrder order) {
        return new TargetPosterior(family, PedigreeLikelihood.array(family, evidence), target, model, order);
    }

    private void checkPossible() {
        if (!(evidenceLikelihood > 0)) {
            throw new KinshipException("family " + family.id() + ", marker " + model.locus().name()
                    + ": the reference genotypes are impossible under this pedigree"
                    + (model.mutation().none() ? " without mutation; check the pedigree and the profiles, or give a mutation model"
                    : "; check the pedigree and the profiles"));
        }
    }

    /** Merged alleles carry population frequencies, and the target's two alleles are not identical by descent. */
    private void fillByExpansion(double[] joint, Lumping lumping) {
        int n = model.locus().size();
        int k = lumping.k;
        double[] w = new double[n];
        for (int a = 0; a < n; a++) {
            w[a] = lumping.stateOf[a] < lumping.observed.length ? 1 : model.locus().frequency(a) / lumping.lumpFrequency;
        }
        for (int b = 0; b < n; b++) {
            for (int a = 0; a <= b; a++) {
                int sa = lumping.stateOf[a];
                int sb = lumping.stateOf[b];
                double p = joint[sa + k * sb] * w[a] * w[b];
                if (a != b) {
                    p += joint[sb + k * sa] * w[a] * w[b];
                }
                table[Genotype.index(a, b)] = p / evidenceLikelihood / model.hardyWeinberg(new Genotype(a, b));
            }
        }
    }

    /** Each genotype's LR from the member's and the unrelated person's joint tables (see {@link WithinLump}). */
    private void fillWithTheta(double[] joint) {
        int n = model.locus().size();
        for (int b = 0; b < n; b++) {
            for (int a = 0; a <= b; a++) {
                table[Genotype.index(a, b)] = WithinLump.genotype(joint, lumping, model.locus(), model.theta(), a, b)
                        / denominator(a, b);
            }
        }
    }

    private double denominator(int a, int b) {
        return WithinLump.genotype(unrelated, lumping, model.locus(), model.theta(), a, b);
    }

    /** True when every genotype's LR is already in the table (no per-genotype computation left). */
    public boolean complete() {
        for (double v : table) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /** Copies the LR of every genotype, by genotype index, into {@code dest} from {@code offset}; needs {@link #complete()}. */
    public void copyTo(double[] dest, int offset) {
        System.arraycopy(table, 0, dest, offset, table.length);
    }

    /** P(relatives' genotypes), whatever the target's. */
    public double evidenceLikelihood() {
        return evidenceLikelihood;
    }

    /** The likelihood ratio for the target having genotype {@code g} against an unrelated person having it. */
    public double lr(Genotype g) {
        return lrAt(g.index());
    }

    /** {@link #lr} by genotype index (see {@link Genotype#index()}), for tight loops. */
    public double lrAt(int i) {
        if (Double.isNaN(table[i])) {
            int b = (int) ((Math.sqrt(8.0 * i + 1) - 1) / 2);
            Genotype g = new Genotype(i - b * (b + 1) / 2, b);
            Genotype[] ev = evidence.clone();
            ev[target] = g;
            double joint = MarkerNetwork.solve(family, ev, -1, model, PedigreeLikelihood.lumping(model, ev, null), order)[0];
            table[i] = model.theta() > 0 ? joint / denominator(g.first(), g.second())
                    : joint / evidenceLikelihood / model.hardyWeinberg(g);
        }
        return table[i];
    }
}
