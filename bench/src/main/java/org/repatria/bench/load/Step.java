package org.repatria.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One step of the load: {@code clients} threads, each on its own keep-alive connection, sending the mix's requests in
 * turn (each client starting at another place in the mix) as fast as answers come, for a fixed time (and at least one
 * round of the mix per client); every latency kept.
 */
final class Step {
    private Step() {
    }

    /** What a step measured: latencies (ns) by kind, requests not served as expected, and the first such failure. */
    record Result(Map<Kind, long[]> latencies, long failed, Optional<String> firstFailure, double seconds) {
        long requests() {
            return latencies.values().stream().mapToLong(l -> l.length).sum();
        }

        long[] all() {
            return latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
    }

    /** Runs {@code clients} clients on {@code mix} against {@code target} for {@code seconds}. */
    static Result run(Target target, List<Kind> mix, int clients, double seconds, long seed) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Client> running = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(target, mix, c, new SplittableRandom(seed + c), end, firstFailure);
            running.add(client);
            threads.add(Thread.ofPlatform().name("load-client-" + c).start(client));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<Kind, long[]> latencies = new EnumMap<>(Kind.class);
        for (Kind kind : mix) {
            latencies.put(kind, running.stream().flatMapToLong(r -> Arrays.stream(r.latencies(kind))).sorted().toArray());
        }
        return new Result(latencies, running.stream().mapToLong(r -> r.failed).sum(), Optional.ofNullable(firstFailure.get()),
                elapsed);
    }

    /** The latency at quantile {@code q} of sorted {@code ns}, in milliseconds. */
    static double ms(long[] ns, double q) {
        return ns.length == 0 ? Double.NaN : ns[Math.min(ns.length - 1, (int) Math.ceil(q * ns.length) - 1)] / 1e6;
    }

    private static final class Client implements Runnable {
        private final Target target;
        private final List<Kind> mix;
        private final int id;
        private final SplittableRandom random;
        private final long end;
        private final AtomicReference<String> firstFailure;
        private final Map<Kind, long[]> kept = new EnumMap<>(Kind.class);
        private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        private long failed;

        Client(Target target, List<Kind> mix, int id, SplittableRandom random, long end, AtomicReference<String> firstFailure) {
            this.target = target;
            this.mix = mix;
            this.id = id;
            this.random = random;
            this.end = end;
            this.firstFailure = firstFailure;
        }

        @Override
        public void run() {
            try (Wire wire = new Wire(target.base())) {
                // At least one round of the mix each, however slow the machine: every request kind is measured.
                for (long n = 0; n < mix.size() || System.nanoTime() < end; n++) {
                    Kind kind = mix.get((int) ((n + id) % mix.size()));
                    long start = System.nanoTime();
                    try {
                        Wire.Answer answer = kind.send(wire, target, random, id, n);
                        if (answer.status() != kind.served()) {
                            fail(kind + " answered " + answer.status() + ": " + answer.text().substring(0,
                                    Math.min(200, answer.text().length())));
                            continue;
                        }
                    } catch (IOException | RuntimeException e) {
                        fail(kind + ": " + e);
                        continue;
                    }
                    keep(kind, System.nanoTime() - start);
                }
            }
        }

        private void fail(String what) {
            failed++;
            firstFailure.compareAndSet(null, what);
        }

        private void keep(Kind kind, long ns) {
            long[] a = kept.computeIfAbsent(kind, k -> new long[1024]);
            int n = counts.getOrDefault(kind, 0);
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
                kept.put(kind, a);
            }
            a[n] = ns;
            counts.put(kind, n + 1);
        }

        long[] latencies(Kind kind) {
            return Arrays.copyOf(kept.getOrDefault(kind, new long[0]), counts.getOrDefault(kind, 0));
        }
    }
}
