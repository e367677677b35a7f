package org.repatria.bench.log;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogMessages;

/**
 * Signed submissions end to end — signature checked, document stored and entry appended (group commit, durable), receipt
 * returned — per second, over HTTP on the loopback ({@code POST /api/v1/documents}, a JDK HttpClient keeping
 * {@code inFlight} requests open) and in process ({@code inFlight} threads calling {@link DocumentSteps#submit} and
 * building the receipt reply, as the route does after reading its JSON). The clients sign every submission before the
 * clock starts. Prints submissions/s, p50/p99 latency, the process's CPU seconds (server and client: one JVM) per
 * submission, with and without the client's threads (main, which sends, and the HttpClient's), and the load average. Usage: {@code SubmitBenchmark [http|inprocess|both|batch] [submissions] [inFlight] [perRequest]}: {@code batch} sends
 * {@code perRequest} submissions (default 100) per {@code POST /api/v1/document-batches}, {@code inFlight} requests open.
 */
public final class SubmitBenchmark {
    private static final java.util.regex.Pattern TREE_SIZE = java.util.regex.Pattern.compile("\"tree_size\":(\\d+)");
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SubmitBenchmark() {
    }

    /** Runs the chosen doors, each after a warm-up of a fifth of its submissions (at least 5,000), and prints one line per run. */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "both";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int perRequest = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %,d submissions of 1 KB, %d in flight, embedded store (SQLite),"
                + " Ed25519 checked by %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), count, inFlight,
                NoteVerifier.library());
        try (SubmitWorld world = new SubmitWorld()) {
            int next = 0;
            for (String door : mode.equals("both") ? List.of("inprocess", "http") : List.of(mode)) {
                for (int[] run : new int[][] {{Math.max(count / 5, 5_000), 0}, {count, 1}}) {
                    long start = System.nanoTime();
                    List<SubmitWorld.Signed> signed = world.sign(next, run[0]);
                    next += run[0];
                    System.out.printf(Locale.ROOT, "%s: signed %,d submissions in %.1f s (before the clock starts)%n", door,
                            run[0], (System.nanoTime() - start) / 1e9);
                    Result r = switch (door) {
                        case "http" -> http(world, signed, inFlight, 1);
                        case "batch" -> http(world, signed, inFlight, perRequest);
                        default -> inProcess(world, signed, inFlight);
                    };
                    r.print((run[1] == 0 ? "warm-up " : "") + door + (door.equals("batch") ? " " + perRequest : ""), inFlight);
                }
            }
        }
    }

    private static Result inProcess(SubmitWorld world, List<SubmitWorld.Signed> signed, int inFlight) throws Exception {
        DocumentSteps steps = new DocumentSteps(world.store, world.server.log(), Clock.systemUTC());
        long[] latencies = new long[signed.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        java.util.Set<Long> commits = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Result.Clock clock = Result.Clock.start();
        try (ExecutorService threads = Executors.newFixedThreadPool(inFlight)) {
            for (int t = 0; t < inFlight; t++) {
                threads.execute(() -> {
                    for (int i = next.getAndIncrement(); i < signed.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            SubmitWorld.Signed s = signed.get(i);
                            LogEntry entry = LogEntry.parse(s.entry());
                            var position = steps.submit(SubmitWorld.DESK, entry, s.content());
                            LogMessages.ReceiptReply.of(world.server.log(), position, entry);
                            commits.add(position.checkpoint().checkpoint().size());
                        } catch (RuntimeException e) {
                            if (failed.getAndIncrement() == 0) {
                                e.printStackTrace();
                            }
                        }
                        latencies[i] = System.nanoTime() - start;
                    }
                });
            }
        }
        return clock.stop(latencies, failed.get()).committing(commits.size());
    }

    // perRequest 1: POST /api/v1/documents, one submission a request; more: POST /api/v1/document-batches, that many a request
    // (a submission's latency is its request's).
    private static Result http(SubmitWorld world, List<SubmitWorld.Signed> signed, int inFlight, int perRequest)
            throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + world.server.port()
                + (perRequest == 1 ? "/api/v1/documents" : "/api/v1/document-batches"));
        List<String> bodies = new java.util.ArrayList<>();
        for (int from = 0; from < signed.size(); from += perRequest) {
            List<SubmitWorld.Signed> chunk = signed.subList(from, Math.min(signed.size(), from + perRequest));
            bodies.add(perRequest == 1 ? chunk.getFirst().json() : "{\"submissions\":["
                    + String.join(",", chunk.stream().map(SubmitWorld.Signed::json).toList()) + "]}");
        }
        long[] latencies = new long[bodies.size()];
        AtomicInteger failed = new AtomicInteger();
        List<HttpRequest> requests = bodies.stream().map(b -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + world.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(b)).build()).toList();
        ExecutorService clientThreads = Executors.newFixedThreadPool(2, r -> new Thread(r, "bench-client"));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build()) {
            Semaphore window = new Semaphore(inFlight);
            java.util.Set<Long> commits = java.util.concurrent.ConcurrentHashMap.newKeySet();
            CompletableFuture<?>[] all = new CompletableFuture<?>[requests.size()];
            Result.Clock clock = Result.Clock.start();
            for (int i = 0; i < requests.size(); i++) {
                window.acquire();
                int at = i;
                long start = System.nanoTime();
                all[i] = client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, e) -> {
                    latencies[at] = System.nanoTime() - start;
                    if (e != null || response.statusCode() != 201) {
                        if (failed.getAndIncrement() == 0) {
                            System.out.println("first failure: " + (e != null ? e : response.statusCode() + " " + response.body()));
                        }
                    }
                    if (e == null) { // client threads: the tree sizes the receipts name, one per group commit
                        for (var m = TREE_SIZE.matcher(response.body()); m.find(); ) {
                            commits.add(Long.parseLong(m.group(1)));
                        }
                    }
                    window.release();
                });
            }
            CompletableFuture.allOf(all).join();
            return clock.stop(latencies, failed.get()).counting(signed.size()).committing(commits.size());
        } finally {
            clientThreads.shutdown();
        }
    }

    /** One run's figures. */
    record Result(int count, int failed, double seconds, double cpuSeconds, double clientCpuSeconds, double appenderCpuSeconds,
                  int commits, long[] sortedNanos, double loadBefore, double loadAfter) {
        /** The same run counted as {@code submissions} (a batch request carries many). */
        Result counting(int submissions) {
            return new Result(submissions, failed, seconds, cpuSeconds, clientCpuSeconds, appenderCpuSeconds, commits,
                    sortedNanos, loadBefore, loadAfter);
        }

        /** The same run with the number of group commits it took (the distinct tree sizes its receipts name). */
        Result committing(int groupCommits) {
            return new Result(count, failed, seconds, cpuSeconds, clientCpuSeconds, appenderCpuSeconds, groupCommits,
                    sortedNanos, loadBefore, loadAfter);
        }

        void print(String name, int inFlight) {
            double server = cpuSeconds - clientCpuSeconds;
            System.out.printf(Locale.ROOT, "%-17s %,7d in %6.2f s: %,7.0f submissions/s, p50 %.1f ms, p99 %.1f ms, "
                            + "CPU %.1f s = %.0f µs per submission (%,.0f/s if 2 cores did only this); without the client's "
                            + "threads %.0f µs (%,.0f/s); the log's writer thread %.0f µs CPU per submission, busy %.0f %% "
                            + "of the wall clock in CPU%s; load %.1f -> %.1f; %d failed%n",
                    name, count, seconds, count / seconds, percentile(0.50), percentile(0.99), cpuSeconds,
                    cpuSeconds * 1e6 / count, 2 * count / cpuSeconds, server * 1e6 / count, 2 * count / server,
                    appenderCpuSeconds * 1e6 / count, 100 * appenderCpuSeconds / seconds,
                    commits > 0 ? String.format(Locale.ROOT, ", %,d group commits of %.0f on average", commits,
                            (double) count / commits) : "", loadBefore, loadAfter, failed);
        }

        /** CPU time of the threads that play the client: main (it sends) and the HTTP client's own. */
        static long clientCpuNanos() {
            return cpuNanos(name -> name.equals("main") || name.startsWith("HttpClient") || name.equals("bench-client"));
        }

        /** CPU time of the log's single writer (the group commit): its store writes, hashing and checkpoint signing. */
        static long appenderCpuNanos() {
            return cpuNanos(name -> name.equals("repatria-log-appender"));
        }

        private static long cpuNanos(java.util.function.Predicate<String> named) {
            var threads = ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && named.test(info.getThreadName())) {
                    sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            return sum;
        }

        private double percentile(double p) {
            return sortedNanos[Math.min(sortedNanos.length - 1, (int) (p * sortedNanos.length))] / 1e6;
        }

        /** Wall clock, process CPU time and load average at the start of a run. */
        record Clock(long nanos, long cpuNanos, long clientNanos, long appenderNanos, double load) {
            static Clock start() {
                return new Clock(System.nanoTime(), OS.getProcessCpuTime(), clientCpuNanos(), appenderCpuNanos(),
                        OS.getSystemLoadAverage());
            }

            Result stop(long[] latencies, int failed) {
                long[] sorted = latencies.clone();
                Arrays.sort(sorted);
                return new Result(latencies.length, failed, (System.nanoTime() - nanos) / 1e9,
                        (OS.getProcessCpuTime() - cpuNanos) / 1e9, (clientCpuNanos() - clientNanos) / 1e9,
                        (appenderCpuNanos() - appenderNanos) / 1e9, 0, sorted, load, OS.getSystemLoadAverage());
            }
        }
    }
}
