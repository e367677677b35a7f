package org.repatria.bench.kinship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.profile.Genotype;

/** Simulates genotypes down a pedigree: founders from the population, each child one allele from each parent. */
final class GeneDrop {

    private GeneDrop() {
    }

    /** Genotypes per member (by index), marker name to genotype. */
    static Map<String, Genotype>[] simulate(Family family, List<Locus> loci, Random random) {
        @SuppressWarnings("unchecked")
        Map<String, Genotype>[] out = new Map[family.size()];
        int[][] pat = new int[family.size()][loci.size()];
        int[][] mat = new int[family.size()][loci.size()];
        boolean[] done = new boolean[family.size()];
        for (int i = 0; i < family.size(); i++) {
            drop(i, family, loci, random, pat, mat, done);
        }
        for (int i = 0; i < family.size(); i++) {
            out[i] = new HashMap<>();
            for (int m = 0; m < loci.size(); m++) {
                out[i].put(loci.get(m).name(), new Genotype(pat[i][m], mat[i][m]));
            }
        }
        return out;
    }

    private static void drop(int i, Family f, List<Locus> loci, Random random, int[][] pat, int[][] mat, boolean[] done) {
        if (done[i]) {
            return;
        }
        int fa = f.father(i);
        int mo = f.mother(i);
        if (fa >= 0) {
            drop(fa, f, loci, random, pat, mat, done);
            drop(mo, f, loci, random, pat, mat, done);
        }
        for (int m = 0; m < loci.size(); m++) {
            pat[i][m] = fa < 0 ? draw(loci.get(m), random) : random.nextBoolean() ? pat[fa][m] : mat[fa][m];
            mat[i][m] = mo < 0 ? draw(loci.get(m), random) : random.nextBoolean() ? pat[mo][m] : mat[mo][m];
        }
        done[i] = true;
    }

    static int draw(Locus locus, Random random) {
        double u = random.nextDouble();
        for (int a = 0; a < locus.size() - 1; a++) {
            u -= locus.frequency(a);
            if (u < 0) {
                return a;
            }
        }
        return locus.size() - 1;
    }
}
