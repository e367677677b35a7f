package org.repatria.bench.log;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.repatria.cli.Main;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.tile.Publisher;

/**
 * {@code repatria verify} against a log of 1 million entries served over HTTP on the loopback interface: first a
 * full audit with no remembered checkpoint, then one that also proves consistency with a checkpoint at half the size.
 * Entries have the shape of real ones (an entry statement and one signature line, about 560 bytes); their party
 * signatures are random bytes, since verify checks the log's structure, not party keys.
 * Usage: {@code VerifyBenchmark [entries]}.
 */
public final class VerifyBenchmark {
    private static final String ORIGIN = "mediator.example/log";

    private VerifyBenchmark() {
    }

    /** Builds, serves and verifies the log; prints one line per figure. */
    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = 20250602L;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, seed %d%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seed);
        NoteSigner key = NoteSigner.generate(ORIGIN, KeyType.ED25519, new SecureRandom());
        Path dir = Files.createTempDirectory("repatria-verify-bench");
        Path state = dir.resolve("state");
        long start = System.nanoTime();
        SignedCheckpoint half = publish(key, size, new SplittableRandom(seed), dir.resolve("log"));
        System.out.printf(Locale.ROOT, "built and wrote %,d entries as tiles in %.1f s%n", size, seconds(start));
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.createContext("/log/", exchange -> {
            try (exchange) {
                Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
            String vkey = key.verifier().encoded();
            run("verify, no state", "verify", "--url", url, "--vkey", vkey);
            Files.write(state, half.encoded());
            run("verify --state (at half)", "verify", "--url", url, "--vkey", vkey, "--state", state.toString());
        } finally {
            server.stop(0);
            threads.shutdown();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String name, String... args) {
        long start = System.nanoTime();
        int exit = Main.run(args);
        System.out.printf(Locale.ROOT, "%-26s exit %d in %.2f s%n", name, exit, seconds(start));
    }

    // Publishes the first half under a checkpoint (returned), then all of it under the served checkpoint.
    private static SignedCheckpoint publish(NoteSigner key, int size, SplittableRandom random, Path dir) {
        MerkleTree tree = MerkleTree.inMemory();
        List<byte[]> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(entry(i, random));
            tree.append(entries.get(i));
        }
        SignedCheckpoint half = SignedCheckpoint.sign(new Checkpoint(ORIGIN, size / 2, tree.root(size / 2)), key);
        Publisher.publish(tree.hashes(), n -> entries.get((int) n), 0, size / 2, (path, bytes) -> write(dir, path, bytes));
        Publisher.publish(tree.hashes(), n -> entries.get((int) n), size / 2, size, (path, bytes) -> write(dir, path, bytes));
        write(dir, "checkpoint", SignedCheckpoint.sign(new Checkpoint(ORIGIN, tree.size(), tree.root()), key).encoded());
        return half;
    }

    private static void write(Path dir, String path, byte[] bytes) {
        try {
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] entry(int i, SplittableRandom random) {
        byte[] document = new byte[16];
        random.nextBytes(document);
        Envelope envelope = Envelope.of(DocumentType.PERSON_LIST, new PartyId("ua"), List.of(new PartyId("ru")), document,
                Instant.parse("2025-06-02T10:15:30Z").plusSeconds(i), Optional.empty());
        String statement = new EntryStatement(EntryKind.SUBMITTED, new PartyId("ua"), KeyCustody.OWN, envelope.time(),
                envelope).text();
        byte[] signature = new byte[68];
        random.nextBytes(signature);
        return (statement + "\n\u2014 ua-mod " + Base64.getEncoder().encodeToString(signature) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
