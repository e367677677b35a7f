package org.repatria.ledger.merkle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The published RFC 6962 vectors in src/test/resources/vectors/rfc6962-merkle.txt (source named in the file). */
public record ReferenceVectors(List<byte[]> leaves, Map<Long, Hash> roots, List<Proof> inclusions,
        List<Proof> consistencies, Hash emptyRoot, Map<String, Hash> leafHashes) {

    /** A proof vector: for inclusion (a = leaf index, b = tree size), for consistency (a = first, b = second). */
    public record Proof(long a, long b, List<Hash> hashes) {
    }

    /** Loads the vectors file from the test class path. */
    public static ReferenceVectors load() {
        List<byte[]> leaves = new ArrayList<>();
        Map<Long, Hash> roots = new TreeMap<>();
        List<Proof> inclusions = new ArrayList<>();
        List<Proof> consistencies = new ArrayList<>();
        Map<String, Hash> leafHashes = new TreeMap<>();
        Hash emptyRoot = null;
        for (String line : text().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ");
            switch (f[0]) {
                case "leaf" -> leaves.add(bytes(f[2]));
                case "root" -> roots.put(Long.parseLong(f[1]), Hash.fromHex(f[2]));
                case "inclusion" -> inclusions.add(proof(f));
                case "consistency" -> consistencies.add(proof(f));
                case "emptyroot" -> emptyRoot = Hash.fromHex(f[1]);
                case "leafhash" -> leafHashes.put(f[1], Hash.fromHex(f[2]));
                default -> throw new IllegalStateException("unknown vector line: " + line);
            }
        }
        return new ReferenceVectors(leaves, roots, inclusions, consistencies, emptyRoot, leafHashes);
    }

    /** Decodes a hex field, "-" meaning no bytes. */
    public static byte[] bytes(String hex) {
        return hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
    }

    private static Proof proof(String[] f) {
        List<Hash> hashes = f[3].equals("-") ? List.of()
                : Arrays.stream(f, 3, f.length).map(Hash::fromHex).toList();
        return new Proof(Long.parseLong(f[1]), Long.parseLong(f[2]), hashes);
    }

    private static String text() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream("/vectors/rfc6962-merkle.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tree holding the first {@code size} reference leaves. */
    public MerkleTree tree(int size) {
        MerkleTree tree = MerkleTree.inMemory();
        leaves.subList(0, size).forEach(tree::append);
        return tree;
    }
}
