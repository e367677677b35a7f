package org.repatria.kinship.likelihood;

import java.util.Map;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;

/**
 * Identity LR between two samples (same person against unrelated), over the markers both have: 1 / match
 * probability where the genotypes agree, 0 where they differ. The match probability carries the
 * subpopulation correction theta of NRC II (1996) formulas 4.10a/b; theta = 0 gives p^2 and 2pq.
 */
public final class DirectMatch {

    private DirectMatch() {
    }

    public static double lr(Profile a, Profile b, FrequencyTable table, double theta) {
        double lr = 1;
        for (Map.Entry<String, Genotype> e : a.genotypes().entrySet()) {
            Genotype other = b.genotypes().get(e.getKey());
            Locus locus = table.locus(e.getKey()).orElse(null);
            if (other != null && locus != null) {
                lr *= e.getValue().equals(other) ? 1 / matchProbability(e.getValue(), locus, theta) : 0;
            }
        }
        return lr;
    }

    /** NRC II 4.10: homozygote [2t+(1-t)p][3t+(1-t)p] / [(1+t)(1+2t)], heterozygote 2[t+(1-t)p][t+(1-t)q] / [(1+t)(1+2t)]. */
    public static double matchProbability(Genotype g, Locus locus, double theta) {
        double p = locus.frequency(g.first());
        double q = locus.frequency(g.second());
        double denominator = (1 + theta) * (1 + 2 * theta);
        if (g.homozygous()) {
            return (2 * theta + (1 - theta) * p) * (3 * theta + (1 - theta) * p) / denominator;
        }
        return 2 * (theta + (1 - theta) * p) * (theta + (1 - theta) * q) / denominator;
    }
}
