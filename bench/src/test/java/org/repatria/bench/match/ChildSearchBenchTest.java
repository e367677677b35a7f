package org.repatria.bench.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the renamed-child search's figures from regressing, on a smaller seeded set than BENCHMARKS.md's. */
class ChildSearchBenchTest {
    /** One seeded set and one search for both figures (about 5 s on two busy cores). */
    private static final ChildSearchBench.Result RESULT = ChildSearchBench.searched(ChildCases.generate(500, 5000, 11));

    @Test
    void theTrueChildIsAmongTheTopThreeForAtLeast95PercentOfTheLocated() {
        assertThat(RESULT.recallAt3()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void atLeastNineInTenProposalsAreTheTrueChild() {
        assertThat(RESULT.precision()).isGreaterThanOrEqualTo(0.9);
    }
}
