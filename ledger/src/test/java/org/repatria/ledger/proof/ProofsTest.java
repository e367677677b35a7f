package org.repatria.ledger.proof;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.merkle.ReferenceVectors;
import org.repatria.ledger.merkle.TreeHash;

/** Verification per RFC 9162 §2.1.3.2 and §2.1.4.2, on published vectors and on corrupted ones. */
class ProofsTest {
    private static final ReferenceVectors VECTORS = ReferenceVectors.load();

    @Test
    void acceptsEveryPublishedInclusionProof() {
        for (ReferenceVectors.Proof v : VECTORS.inclusions()) {
            Hash leaf = TreeHash.leaf(VECTORS.leaves().get((int) v.a()));
            assertThatCode(() -> Proofs.verifyInclusion(leaf, v.a(), v.b(), v.hashes(), VECTORS.roots().get(v.b())))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void acceptsEveryPublishedConsistencyProof() {
        for (ReferenceVectors.Proof v : VECTORS.consistencies()) {
            assertThatCode(() -> Proofs.verifyConsistency(v.a(), v.b(), VECTORS.roots().get(v.a()),
                    VECTORS.roots().get(v.b()), v.hashes())).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesAnInclusionProofWithAFlippedBit() {
        ReferenceVectors.Proof v = VECTORS.inclusions().get(2);
        Hash leaf = TreeHash.leaf(VECTORS.leaves().get((int) v.a()));
        for (int i = 0; i < v.hashes().size(); i++) {
            List<Hash> bad = flip(v.hashes(), i);
            assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.a(), v.b(), bad, VECTORS.roots().get(v.b())))
                    .isInstanceOf(ProofException.class).hasMessageContaining("does not hash up to the root");
        }
    }

    @Test
    void refusesAnInclusionProofForAnotherIndexSizeOrLeaf() {
        ReferenceVectors.Proof v = VECTORS.inclusions().get(2);
        Hash root = VECTORS.roots().get(v.b());
        Hash leaf = TreeHash.leaf(VECTORS.leaves().get((int) v.a()));
        assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.a() + 1, v.b(), v.hashes(), root)).isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.a(), v.b() * 2, v.hashes(), root)).isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> Proofs.verifyInclusion(TreeHash.leaf(new byte[] {1}), v.a(), v.b(), v.hashes(), root))
                .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.b(), v.b(), v.hashes(), root))
                .hasMessageContaining("cannot be in a tree");
    }

    @Test
    void refusesAnInclusionProofWithAnExtraOrMissingHash() {
        ReferenceVectors.Proof v = VECTORS.inclusions().get(2);
        Hash root = VECTORS.roots().get(v.b());
        Hash leaf = TreeHash.leaf(VECTORS.leaves().get((int) v.a()));
        List<Hash> longer = new ArrayList<>(v.hashes());
        longer.add(root);
        assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.a(), v.b(), longer, root)).hasMessageContaining("longer");
        List<Hash> shorter = v.hashes().subList(0, v.hashes().size() - 1);
        assertThatThrownBy(() -> Proofs.verifyInclusion(leaf, v.a(), v.b(), shorter, root)).hasMessageContaining("too short");
    }

    @Test
    void refusesAConsistencyProofWithAFlippedBitOrSwappedRoots() {
        ReferenceVectors.Proof v = VECTORS.consistencies().get(2);
        Hash first = VECTORS.roots().get(v.a());
        Hash second = VECTORS.roots().get(v.b());
        for (int i = 0; i < v.hashes().size(); i++) {
            List<Hash> bad = flip(v.hashes(), i);
            assertThatThrownBy(() -> Proofs.verifyConsistency(v.a(), v.b(), first, second, bad)).isInstanceOf(ProofException.class);
        }
        assertThatThrownBy(() -> Proofs.verifyConsistency(v.a(), v.b(), second, first, v.hashes())).isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> Proofs.verifyConsistency(v.a(), v.b(), first, second, List.of())).hasMessageContaining("is empty");
    }

    @Test
    void refusesTwoDifferentRootsForTheSameSize() {
        assertThatThrownBy(() -> Proofs.verifyConsistency(4, 4, VECTORS.roots().get(4L), VECTORS.roots().get(5L), List.of()))
                .hasMessageContaining("two trees of 4 leaves have different roots");
    }

    @Test
    void refusesALogThatShrank() {
        assertThatThrownBy(() -> Proofs.verifyConsistency(5, 4, VECTORS.roots().get(5L), VECTORS.roots().get(4L), List.of()))
                .hasMessageContaining("cannot extend");
    }

    @Test
    void generatedProofsVerifyForEveryIndexAndSizeOfARandomTree() {
        long seed = 20250602L;
        Random random = new Random(seed);
        MerkleTree tree = MerkleTree.inMemory();
        for (int i = 0; i < 300; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            tree.append(entry);
        }
        for (long size = 1; size <= 300; size += 1 + random.nextInt(7)) {
            Hash root = tree.root(size);
            for (long other = 0; other <= size; other += 1 + random.nextInt(11)) {
                long first = other;
                long second = size;
                assertThatCode(() -> Proofs.verifyConsistency(first, second, tree.root(first), root,
                        tree.consistencyProof(first, second))).as("seed %d, %d to %d", seed, first, second).doesNotThrowAnyException();
                if (other < size) {
                    Hash leaf = tree.hashes().read(0, other);
                    assertThatCode(() -> Proofs.verifyInclusion(leaf, first, second, tree.inclusionProof(first, second), root))
                            .as("seed %d, leaf %d in %d", seed, first, second).doesNotThrowAnyException();
                }
            }
        }
    }

    private static List<Hash> flip(List<Hash> hashes, int i) {
        List<Hash> copy = new ArrayList<>(hashes);
        byte[] bytes = copy.get(i).bytes();
        bytes[0] ^= 8;
        copy.set(i, Hash.of(bytes));
        return copy;
    }
}
