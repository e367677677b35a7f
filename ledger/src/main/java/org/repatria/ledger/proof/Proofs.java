package org.repatria.ledger.proof;

import java.util.ArrayList;
import java.util.List;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.TreeHash;

/** Verifies inclusion (RFC 9162 §2.1.3.2) and consistency (RFC 9162 §2.1.4.2) proofs, transcribed from the RFC. */
public final class Proofs {
    private Proofs() {
    }

    /**
     * Checks that {@code leafHash} is leaf {@code index} of the tree of {@code size} leaves with root {@code root}.
     *
     * @throws ProofException naming the failed check
     */
    public static void verifyInclusion(Hash leafHash, long index, long size, List<Hash> path, Hash root) {
        // 1. Compare leaf_index against tree_size. If leaf_index is greater than or equal to tree_size, fail.
        if (index < 0 || index >= size) {
            throw new ProofException("leaf " + index + " cannot be in a tree of " + size + " leaves");
        }
        // 2. Set fn to leaf_index and sn to tree_size - 1.  3. Set r to hash.
        long fn = index;
        long sn = size - 1;
        Hash r = leafHash;
        // 4. For each value p in the inclusion_path array:
        for (Hash p : path) {
            // a. If sn is 0, then stop the iteration and fail the proof verification.
            if (sn == 0) {
                throw new ProofException("the inclusion proof of leaf " + index + " is longer than a tree of " + size + " allows");
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn) {
                // i. Set r to HASH(0x01 || p || r).
                r = TreeHash.node(p, r);
                // ii. If LSB(fn) is not set, right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                // Otherwise: i. Set r to HASH(0x01 || r || p).
                r = TreeHash.node(r, p);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>= 1;
            sn >>= 1;
        }
        // 5. Compare sn to 0. Compare r against the root_hash.
        if (sn != 0) {
            throw new ProofException("the inclusion proof of leaf " + index + " is too short for a tree of " + size + " leaves");
        }
        if (!r.equals(root)) {
            throw new ProofException("leaf " + index + " does not hash up to the root " + root + " of the tree of " + size + " leaves");
        }
    }

    /**
     * Checks that the tree of {@code first} leaves with root {@code firstRoot} is a prefix of the tree of
     * {@code second} leaves with root {@code secondRoot}.
     *
     * @throws ProofException naming the failed check
     */
    public static void verifyConsistency(long first, long second, Hash firstRoot, Hash secondRoot, List<Hash> proof) {
        if (first < 0 || first > second) {
            throw new ProofException("a tree of " + second + " leaves cannot extend one of " + first + " leaves");
        }
        if (first == second || first == 0) {
            // Trivial cases before §2.1.4.2: equal sizes need equal roots, the empty tree is a prefix of every tree.
            if (!proof.isEmpty()) {
                throw new ProofException("a consistency proof from size " + first + " to " + second + " must be empty");
            }
            if (first == second && !firstRoot.equals(secondRoot)) {
                throw new ProofException("two trees of " + first + " leaves have different roots " + firstRoot + " and " + secondRoot);
            }
            return;
        }
        // 1. If consistency_path is an empty array, stop and fail the proof verification.
        if (proof.isEmpty()) {
            throw new ProofException("the consistency proof from size " + first + " to " + second + " is empty");
        }
        List<Hash> path = proof;
        // 2. If first is an exact power of 2, then prepend first_hash to the consistency_path array.
        if (Long.bitCount(first) == 1) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(firstRoot);
            path.addAll(proof);
        }
        // 3. Set fn to first - 1 and sn to second - 1.
        long fn = first - 1;
        long sn = second - 1;
        // 4. If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set.
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        // 5. Set both fr and sr to the first value in the consistency_path array.
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        // 6. For each subsequent value c in the consistency_path array:
        for (Hash c : path.subList(1, path.size())) {
            // a. If sn is 0, then stop the iteration and fail the proof verification.
            if (sn == 0) {
                throw new ProofException("the consistency proof from size " + first + " to " + second + " is too long");
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn) {
                // i. Set fr to HASH(0x01 || c || fr).  ii. Set sr to HASH(0x01 || c || sr).
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                // iii. If LSB(fn) is not set, right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                // Otherwise: i. Set sr to HASH(0x01 || sr || c).
                sr = TreeHash.node(sr, c);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>= 1;
            sn >>= 1;
        }
        // 7. Verify that fr equals first_hash, sr equals second_hash, and sn is 0.
        if (sn != 0) {
            throw new ProofException("the consistency proof from size " + first + " to " + second + " is too short");
        }
        if (!fr.equals(firstRoot)) {
            throw new ProofException("the tree of " + second + " leaves does not contain the tree of " + first
                    + " leaves with root " + firstRoot + " as its prefix");
        }
        if (!sr.equals(secondRoot)) {
            throw new ProofException("the consistency proof does not lead to the root " + secondRoot + " of the tree of "
                    + second + " leaves");
        }
    }
}
