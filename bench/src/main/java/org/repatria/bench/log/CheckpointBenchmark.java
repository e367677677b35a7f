package org.repatria.bench.log;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/**
 * {@code GET /log/checkpoint} per second through the real server (embedded store, loopback HTTP), on a log of 1,000
 * entries whose checkpoint two witnesses cosigned; and, in process, the cosignature query each request makes.
 * Usage: {@code CheckpointBenchmark [seconds] [clients]}.
 */
public final class CheckpointBenchmark {
    private CheckpointBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %d s, %d clients%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), seconds, clients);
        Path dir = Files.createTempDirectory("repatria-checkpoint-bench");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(Submissions.UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(Submissions.RU, "Россия", PartyKind.BELLIGERENT));
            store.parties().add(new Party(new PartyId("icrc"), "ICRC", PartyKind.OBSERVER));
            Server server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
            try {
                Submissions submissions = new Submissions(20250602L);
                List<CompletableFuture<?>> appended = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    appended.add(submissions.append(server.log(), i));
                }
                CompletableFuture.allOf(appended.toArray(CompletableFuture[]::new)).join();
                SignedCheckpoint checkpoint = server.log().checkpoint();
                long size = checkpoint.checkpoint().size();
                for (String witness : List.of("icrc.example/w1", "un.example/w2")) {
                    NoteSigner key = NoteSigner.generate(witness, KeyType.COSIGNATURE_V1, new SecureRandom());
                    store.signers().addCosignature(size, witness, new Cosigner(key, Clock.systemUTC()).cosign(checkpoint).encoded());
                }
                query(store, size);
                http(server.port(), seconds, clients);
            } finally {
                server.stop();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void query(Store store, long size) {
        int runs = 20_000;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                store.signers().cosignatures(size);
            }
            System.out.printf(Locale.ROOT, "cosignature query in process: %.1f µs each (%,d runs)%n",
                    (System.nanoTime() - start) / 1e3 / runs, runs);
        }
    }

    private static void http(int port, int seconds, int clients) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/log/checkpoint")).build();
        String body = client.send(get, HttpResponse.BodyHandlers.ofString()).body();
        System.out.printf(Locale.ROOT, "served checkpoint has %d signature lines%n", body.lines().filter(l -> l.startsWith("\u2014")).count());
        for (String phase : List.of("warm-up", "measured")) {
            LongAdder done = new LongAdder();
            long end = System.nanoTime() + (phase.equals("warm-up") ? 3 : seconds) * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            if (client.send(get, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
                                throw new IllegalStateException("GET /log/checkpoint did not answer 200");
                            }
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        done.increment();
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            long elapsed = phase.equals("warm-up") ? 3 : seconds;
            System.out.printf(Locale.ROOT, "%s: %,d GETs in %d s: %,.0f requests/s%n", phase, done.sum(), elapsed,
                    done.sum() / (double) elapsed);
        }
    }
}
