package org.repatria.bench.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.repatria.ledger.audit.AuditReport;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.tile.Fetcher;
import org.repatria.ledger.tile.Publisher;

/**
 * Auditing a 1-million-entry log through the tile reader, as {@code repatria verify} will: checkpoint signature,
 * consistency with a checkpoint at half the size, every entry against the tiles and the tiles against the root.
 * Once from memory (computation only) and once from files on disk. Usage: {@code TileAuditBenchmark [entries]}.
 */
public final class TileAuditBenchmark {
    private static final String ORIGIN = "mediator.example/log";

    private TileAuditBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = 20250602L;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, seed %d%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seed);
        NoteSigner key = NoteSigner.generate(ORIGIN, KeyType.ED25519, new SecureRandom());
        List<byte[]> entries = envelopes(size, new SplittableRandom(seed));
        MerkleTree tree = MerkleTree.inMemory();
        Map<String, byte[]> files = new HashMap<>();

        long start = System.nanoTime();
        entries.subList(0, size / 2).forEach(tree::append);
        Publisher.publish(tree.hashes(), i -> entries.get((int) i), 0, tree.size(), files::put);
        SignedCheckpoint half = SignedCheckpoint.sign(new Checkpoint(ORIGIN, tree.size(), tree.root()), key);
        entries.subList(size / 2, size).forEach(tree::append);
        Publisher.publish(tree.hashes(), i -> entries.get((int) i), size / 2, tree.size(), files::put);
        files.put("checkpoint", SignedCheckpoint.sign(new Checkpoint(ORIGIN, tree.size(), tree.root()), key).encoded());
        System.out.printf(Locale.ROOT, "built and published %,d entries (%,d resources, %,d MB) in %.1f s%n", size,
                files.size(), files.values().stream().mapToLong(b -> b.length).sum() >> 20, seconds(start));

        LogAuditor auditor = new LogAuditor(key.verifier());
        audit("audit from memory (warm-up)", auditor, path -> Optional.ofNullable(files.get(path)), half);
        audit("audit from memory", auditor, path -> Optional.ofNullable(files.get(path)), half);

        Path dir = Files.createTempDirectory("repatria-log-bench");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            audit("audit from files", auditor, path -> read(dir.resolve(path)), half);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void audit(String name, LogAuditor auditor, Fetcher fetcher, SignedCheckpoint remembered) {
        long start = System.nanoTime();
        AuditReport report = auditor.audit(fetcher, Optional.of(remembered), (entry, index) -> { });
        double s = seconds(start);
        System.out.printf(Locale.ROOT, "%-28s %,d entries checked, consistent with %,d: %.2f s (%,.0f entries/s)%n", name,
                report.entriesChecked(), report.consistentWithSize().orElse(0L), s, report.entriesChecked() / s);
    }

    // Entries shaped like the log's envelopes: type, author, addressees, document hash, time (about 180 bytes).
    private static List<byte[]> envelopes(int size, SplittableRandom random) {
        List<byte[]> out = new ArrayList<>(size);
        byte[] digest = new byte[32];
        for (int i = 0; i < size; i++) {
            random.nextBytes(digest);
            out.add(("{\"type\":\"person-list\",\"author\":\"party-a\",\"to\":[\"mediator\",\"party-b\"],\"sha256\":\""
                    + HexFormat.of().formatHex(digest) + "\",\"time\":\"2025-06-02T10:" + (i % 60) + ":00Z\",\"seq\":" + i + "}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Optional<byte[]> read(Path path) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
