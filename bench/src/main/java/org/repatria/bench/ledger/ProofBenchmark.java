package org.repatria.bench.ledger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.ledger.proof.Proofs;

/**
 * Inclusion and consistency proof generation (and verification) on a tree of 10 million entries held in the in-memory
 * hash store. Usage: {@code ProofBenchmark [entries] [proofs]}; run with {@code -Xmx3g}.
 */
public final class ProofBenchmark {
    private ProofBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        long seed = 20250602L;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, seed %d%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seed);

        long start = System.nanoTime();
        MerkleTree tree = MerkleTree.inMemory();
        for (long i = 0; i < size; i++) {
            tree.append(ByteBuffer.allocate(8).putLong(i).array());
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "built %,d entries in %.1f s (%,.0f appends/s in memory)%n", size, buildSeconds,
                size / buildSeconds);
        Hash root = tree.root();

        SplittableRandom random = new SplittableRandom(seed);
        run("warm-up inclusion", proofs / 4, () -> inclusion(tree, root, size, random, false));
        run("inclusion proof", proofs, () -> inclusion(tree, root, size, random, false));
        run("inclusion proof + verify", proofs, () -> inclusion(tree, root, size, random, true));
        run("warm-up consistency", proofs / 4, () -> consistency(tree, root, size, random, false));
        run("consistency proof", proofs, () -> consistency(tree, root, size, random, false));
        run("consistency proof + verify", proofs, () -> consistency(tree, root, size, random, true));
    }

    private static void inclusion(MerkleTree tree, Hash root, long size, SplittableRandom random, boolean verify) {
        long index = random.nextLong(size);
        List<Hash> proof = tree.inclusionProof(index, size);
        if (verify) {
            Proofs.verifyInclusion(TreeHash.leaf(ByteBuffer.allocate(8).putLong(index).array()), index, size, proof, root);
        }
    }

    private static void consistency(MerkleTree tree, Hash root, long size, SplittableRandom random, boolean verify) {
        long first = 1 + random.nextLong(size - 1);
        List<Hash> proof = tree.consistencyProof(first, size);
        if (verify) {
            Proofs.verifyConsistency(first, size, tree.root(first), root, proof);
        }
    }

    private static void run(String name, int count, Runnable proof) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            proof.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        System.out.printf(Locale.ROOT, "%-28s n=%,d mean %.1f µs, median %.1f µs, p99 %.1f µs, max %.1f µs%n", name, count,
                mean, nanos[count / 2] / 1000.0, nanos[(int) (count * 0.99)] / 1000.0, nanos[count - 1] / 1000.0);
    }
}
