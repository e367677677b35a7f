package org.repatria.bench.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the renamed-child search's figures from regressing, on a smaller seeded set than BENCHMARKS.md's. */
class ChildSearchBenchTest {
    private static final long SEED = 11;

    @Test
    void theTrueChildIsAmongTheTopThreeForAtLeast95PercentOfTheLocated() {
        ChildCases data = ChildCases.generate(500, 5000, SEED);

        ChildSearchBench.Result result = ChildSearchBench.searched(data);

        assertThat(result.recallAt3()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void atLeastNineInTenProposalsAreTheTrueChild() {
        ChildCases data = ChildCases.generate(500, 5000, SEED);

        ChildSearchBench.Result result = ChildSearchBench.searched(data);

        assertThat(result.precision()).isGreaterThanOrEqualTo(0.9);
    }
}
