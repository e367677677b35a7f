package org.repatria.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Field;

class EstimationTest {
    private static final long SEED = 7;
    private static final int FIELDS = Field.values().length;

    /** Pairs whose field levels are drawn independently: level 1 with probability agree, else the "different" level. */
    private static byte[] pairs(int n, double agree, SplittableRandom rng) {
        byte[] out = new byte[n * FIELDS];
        for (int p = 0; p < n; p++) {
            for (Field f : Field.values()) {
                out[p * FIELDS + f.ordinal()] = (byte) (rng.nextDouble() < agree ? 1 : f.different());
            }
        }
        return out;
    }

    private static double[][] u(double agree) {
        double[][] u = new double[FIELDS][];
        for (Field f : Field.values()) {
            u[f.ordinal()] = new double[f.levelCount()];
            for (int l = 1; l < f.levelCount(); l++) {
                u[f.ordinal()][l] = l == 1 ? agree : l == f.different() ? 1 - agree - 1e-3 * (f.levelCount() - 3) : 1e-3;
            }
        }
        return u;
    }

    @Test
    void emRecoversTheShareOfMatchesAndTheirAgreementRate() {
        SplittableRandom rng = new SplittableRandom(SEED);
        byte[] matches = pairs(2_000, 0.9, rng);
        byte[] others = pairs(8_000, 0.05, rng);
        byte[] all = new byte[matches.length + others.length];
        System.arraycopy(matches, 0, all, 0, matches.length);
        System.arraycopy(others, 0, all, matches.length, others.length);

        Model model = Estimation.em(all, u(0.05), 0.1, 0.5, Set.of(), 30);

        assertThat(model.prior()).as("seed %d", SEED).isCloseTo(0.2, Offset.offset(0.02));
        assertThat(model.m()[Field.SURNAME.ordinal()][1]).as("seed %d", SEED).isCloseTo(0.9, Offset.offset(0.03));
    }

    @Test
    void fieldsABlockingKeyUsedAreLeftAtTheirStartingValues() {
        SplittableRandom rng = new SplittableRandom(SEED);
        Model model = Estimation.em(pairs(1_000, 0.5, rng), u(0.05), 0.1, 0.5, Set.of(Field.SURNAME), 10);

        assertThat(model.m()[Field.SURNAME.ordinal()]).isEqualTo(Estimation.start()[Field.SURNAME.ordinal()]);
    }

    @Test
    void uFromRandomPairsCountsHowOftenUnrelatedPeopleAgree() {
        double[][] u = Estimation.u(100, 100, false, (i, j, out) -> {
            for (Field f : Field.values()) {
                out[f.ordinal()] = (byte) (i % 10 == j % 10 ? 1 : f.different());
            }
        }, 50_000, SEED);

        assertThat(u[Field.SURNAME.ordinal()][1]).isCloseTo(0.1, Offset.offset(0.01));
    }

    @Test
    void aWeightIsTheLogOfMOverU() {
        double[][] m = new double[FIELDS][];
        double[][] u = new double[FIELDS][];
        for (Field f : Field.values()) {
            m[f.ordinal()] = new double[f.levelCount()];
            u[f.ordinal()] = new double[f.levelCount()];
        }
        m[Field.SEX.ordinal()][1] = 0.96;
        u[Field.SEX.ordinal()][1] = 0.48;
        Model model = new Model(0.5, m, u);

        assertThat(model.weight(Field.SEX, 1)).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(model.weight(Field.SEX, 0)).isZero();
        assertThat(Model.probability(0)).isEqualTo(0.5);
    }
}
