package org.repatria.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) computed from complete-subtree hashes:
 * each complete subtree is one read, so a root or proof costs O(log n) reads and hashes.
 */
public final class TreeMath {
    private TreeMath() {
    }

    /** MTH(D[0:size]) — the root of the first {@code size} leaves (RFC 9162 §2.1.1). */
    public static Hash root(HashReader reader, long size) {
        requireNonNegative(size);
        return size == 0 ? TreeHash.empty() : subtree(reader, 0, size);
    }

    /** PATH(index, D[0:size]) — the inclusion proof of a leaf, leaf-side first (RFC 9162 §2.1.3.1). */
    public static List<Hash> inclusion(HashReader reader, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<Hash> path = new ArrayList<>();
        path(reader, index, 0, size, path);
        return List.copyOf(path);
    }

    /** PROOF(first, D[0:second]) — the consistency proof between two tree sizes (RFC 9162 §2.1.4.1). */
    public static List<Hash> consistency(HashReader reader, long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to size " + second);
        }
        List<Hash> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(reader, first, 0, second, true, proof);
        }
        return List.copyOf(proof);
    }

    /** MTH(D[lo:hi]) for a range the RFC's recursion produces (lo is a multiple of the largest power of 2 below hi-lo). */
    static Hash subtree(HashReader reader, long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return reader.read(level, lo >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return TreeHash.node(subtree(reader, lo, lo + k), subtree(reader, lo + k, hi));
    }

    // RFC 9162 §2.1.3.1: PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) if m < k,
    //                                   PATH(m - k, D[k:n]) : MTH(D[0:k]) otherwise.
    private static void path(HashReader reader, long m, long lo, long hi, List<Hash> out) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(reader, m, lo, lo + k, out);
            out.add(subtree(reader, lo + k, hi));
        } else {
            path(reader, m - k, lo + k, hi, out);
            out.add(subtree(reader, lo, lo + k));
        }
    }

    // RFC 9162 §2.1.4.1: SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
    // for m < n: SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) if m <= k,
    //            SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) otherwise.
    private static void subproof(HashReader reader, long m, long lo, long hi, boolean b, List<Hash> out) {
        long n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(subtree(reader, lo, hi));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(reader, m, lo, lo + k, b, out);
            out.add(subtree(reader, lo + k, hi));
        } else {
            subproof(reader, m - k, lo + k, hi, false, out);
            out.add(subtree(reader, lo, lo + k));
        }
    }

    /** The largest power of two strictly smaller than n (n > 1), the split point k of RFC 9162 §2.1.1. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireNonNegative(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is never negative, got " + size);
        }
    }
}
