package org.repatria.match.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {
    @Test
    void peopleLinkedThroughAnotherFormOneCluster() {
        long[] pairs = {(0L << 32) | 2, (2L << 32) | 4, (1L << 32) | 3};

        assertThat(Clusters.of(6, pairs)).containsExactly(List.of(0, 2, 4), List.of(1, 3));
    }

    @Test
    void peopleWithoutLinksAreNotClusters() {
        assertThat(Clusters.of(3, new long[0])).isEmpty();
    }

    @Test
    void eachPersonIsLabelledWithTheFirstMemberOfItsCluster() {
        long[] pairs = {(2L << 32) | 4, (0L << 32) | 4};

        assertThat(Clusters.labels(5, pairs)).containsExactly(0, 1, 0, 3, 0);
    }
}
