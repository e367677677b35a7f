package org.repatria.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree against the published RFC 6962 vectors (transparency-dev/merkle, see the vectors file). */
class MerkleTreeTest {
    private static final ReferenceVectors VECTORS = ReferenceVectors.load();

    @Test
    void hashesLeavesAndTheEmptyTreeAsPublished() {
        assertThat(TreeHash.empty()).isEqualTo(VECTORS.emptyRoot());
        for (Map.Entry<String, Hash> vector : VECTORS.leafHashes().entrySet()) {
            assertThat(TreeHash.leaf(ReferenceVectors.bytes(vector.getKey()))).isEqualTo(vector.getValue());
        }
    }

    @Test
    void reproducesThePublishedRootOfEveryPrefixOfTheReferenceTree() {
        MerkleTree tree = VECTORS.tree(8);
        VECTORS.roots().forEach((size, root) -> assertThat(tree.root(size)).as("root of %d leaves", size).isEqualTo(root));
        assertThat(tree.root(0)).isEqualTo(VECTORS.emptyRoot());
    }

    @Test
    void appendingLeafByLeafGivesTheSameRootsAsTheFullTree() {
        MerkleTree growing = MerkleTree.inMemory();
        for (int size = 1; size <= 8; size++) {
            growing.append(VECTORS.leaves().get(size - 1));
            assertThat(growing.root()).isEqualTo(VECTORS.roots().get((long) size));
        }
    }

    @Test
    void producesThePublishedInclusionProofs() {
        MerkleTree tree = VECTORS.tree(8);
        for (ReferenceVectors.Proof vector : VECTORS.inclusions()) {
            assertThat(tree.inclusionProof(vector.a(), vector.b()))
                    .as("inclusion of leaf %d in %d", vector.a(), vector.b()).isEqualTo(vector.hashes());
        }
    }

    @Test
    void producesThePublishedConsistencyProofs() {
        MerkleTree tree = VECTORS.tree(8);
        for (ReferenceVectors.Proof vector : VECTORS.consistencies()) {
            assertThat(tree.consistencyProof(vector.a(), vector.b()))
                    .as("consistency %d to %d", vector.a(), vector.b()).isEqualTo(vector.hashes());
        }
    }

    @Test
    void refusesAProofForASizeTheTreeHasNotReached() {
        MerkleTree tree = VECTORS.tree(3);
        assertThatThrownBy(() -> tree.inclusionProof(0, 4)).hasMessageContaining("has 3 leaves, not 4");
        assertThatThrownBy(() -> tree.consistencyProof(2, 4)).hasMessageContaining("has 3 leaves, not 4");
    }

    @Test
    void refusesALeafOutsideTheTree() {
        MerkleTree tree = VECTORS.tree(3);
        assertThatThrownBy(() -> tree.inclusionProof(3, 3)).hasMessageContaining("leaf 3 is not in a tree of 3");
    }

    @Test
    void reopeningAStoreContinuesTheSameTree() {
        MemoryHashStore store = new MemoryHashStore();
        MerkleTree first = new MerkleTree(store);
        VECTORS.leaves().subList(0, 5).forEach(first::append);
        MerkleTree reopened = new MerkleTree(store);
        VECTORS.leaves().subList(5, 8).forEach(reopened::append);
        assertThat(reopened.root()).isEqualTo(VECTORS.roots().get(8L));
    }
}
