package org.repatria.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The load driver of issue 15: requests per second, p50 and p99 at rising concurrency against {@code repatria demo},
 * each step a fixed time, with the server's and the driver's CPU seconds per request and the load average (the
 * machine may be shared). It starts the demo itself in a JVM of its own, or takes a running one:
 * <pre>
 * LoadDriver [--seconds 10] [--warmup 3] [--clients 1,4,16,64] [--mix reads,log,all] [--heap 2g]
 *            [--url http://127.0.0.1:PORT --accounts FILE_OF_WHAT_DEMO_PRINTED [--server-pid PID]]
 * </pre>
 * Mixes: {@code reads} (health, checkpoint, a tile, an API page of 50 rows, the desk's page of the 6,000-row list),
 * {@code log} (checkpoint and a full tile), {@code all} (those, an entry bundle, other pages of the list, the desk's
 * lists, and signed submissions).
 */
public final class LoadDriver {
    static final Map<String, List<Kind>> MIXES = Map.of(
            "reads", List.of(Kind.HEALTH, Kind.CHECKPOINT, Kind.TILE, Kind.API_ROWS, Kind.DESK_LIST),
            "log", List.of(Kind.CHECKPOINT, Kind.TILE),
            "all", List.of(Kind.HEALTH, Kind.CHECKPOINT, Kind.TILE, Kind.ENTRIES, Kind.API_ROWS, Kind.DESK_LIST,
                    Kind.DESK_LIST_PAGE, Kind.DESK_LISTS, Kind.SUBMIT));
    /** The most clients one step may run (every way in has a limit). */
    static final int MAX_CLIENTS = 512;
    /** The longest step, in seconds: the driver is bounded in time. */
    static final int MAX_SECONDS = 600;

    private LoadDriver() {
    }

    /** One measured step, as the table prints it. */
    record Row(String mix, int clients, long requests, double perSecond, double p50, double p99, long failed,
               double serverCpuMsPerRequest, double driverCpuMsPerRequest, double load, Step.Result result) {
    }

    /** Runs the driver; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "JDK %s, %d cores, %s s per step after %s s of warm-up%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), o.seconds(), o.warmup());
        if (o.url().isPresent()) {
            List<String> printed = Files.readAllLines(Path.of(o.accounts()));
            UnaryOperator<String> passwords = Accounts.of(printed)::get;
            DoubleSupplier cpu = o.serverPid() > 0 ? () -> cpuOf(o.serverPid()) : () -> Double.NaN;
            if (o.serverPid() > 0) {
                settle(cpu, out);
            }
            run(URI.create(o.url().get()), passwords, cpu, o, out);
            return;
        }
        Path data = Files.createTempDirectory("repatria-load");
        try (DemoProcess demo = DemoProcess.start(data, o.heap())) {
            out.println("demo started at " + demo.address() + " (pid " + demo.pid() + ", data " + data + ")");
            settle(demo::cpuSeconds, out);
            run(demo.address(), demo::password, demo::cpuSeconds, o, out);
        } finally {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Prepares the target, then runs every mix at every concurrency; prints the table and answers its rows. */
    static List<Row> run(URI base, UnaryOperator<String> passwords, DoubleSupplier serverCpu, Options o, PrintStream out)
            throws IOException, InterruptedException {
        Target target = Target.prepare(base, passwords);
        out.printf(Locale.ROOT, "list %s: %,d rows%n", target.listId(), target.listRows());
        out.println("| mix | clients | requests | requests/s | p50 ms | p99 ms | failed | server CPU ms/request"
                + " | driver CPU ms/request | load (1 min) |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        List<Row> rows = new ArrayList<>();
        for (String mixName : o.mixes()) {
            List<Kind> mix = MIXES.get(mixName);
            List<Row> mixRows = new ArrayList<>();
            for (int clients : o.clients()) {
                if (o.warmup() > 0) {
                    Step.run(target, mix, clients, o.warmup(), 1);
                }
                double server0 = serverCpu.getAsDouble();
                double driver0 = driverCpu();
                Step.Result r = Step.run(target, mix, clients, o.seconds(), 20250602L + clients);
                double server = serverCpu.getAsDouble() - server0;
                double driver = driverCpu() - driver0;
                long[] all = r.all();
                Row row = new Row(mixName, clients, r.requests(), r.requests() / r.seconds(), Step.ms(all, 0.50),
                        Step.ms(all, 0.99), r.failed(), server * 1e3 / Math.max(1, r.requests()),
                        driver * 1e3 / Math.max(1, r.requests()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r);
                out.printf(Locale.ROOT, "| %s | %d | %,d | %,.0f | %.2f | %.2f | %d | %.3f | %.3f | %.2f |%n", row.mix(),
                        row.clients(), row.requests(), row.perSecond(), row.p50(), row.p99(), row.failed(),
                        row.serverCpuMsPerRequest(), row.driverCpuMsPerRequest(), row.load());
                r.firstFailure().ifPresent(f -> out.println("  first failure: " + f));
                mixRows.add(row);
            }
            byKind(mixRows.getLast(), out);
            saturation(mixRows, out);
            rows.addAll(mixRows);
        }
        return rows;
    }

    // After start the server joins every list into the person index on a thread of its own: wait for it to go quiet
    // (under a tenth of a core for a second), 120 s at most.
    private static void settle(DoubleSupplier cpu, PrintStream out) throws InterruptedException {
        long start = System.nanoTime();
        double before = cpu.getAsDouble();
        while (System.nanoTime() - start < 120_000_000_000L) {
            Thread.sleep(1_000);
            double now = cpu.getAsDouble();
            if (now - before < 0.1) {
                break;
            }
            before = now;
        }
        out.printf(Locale.ROOT, "server quiet after %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void byKind(Row row, PrintStream out) {
        StringBuilder line = new StringBuilder("  by request at " + row.clients() + " clients (p50/p99 ms):");
        row.result().latencies().forEach((kind, ns) -> line.append(String.format(Locale.ROOT, " %s %,d %.1f/%.1f;",
                kind.name().toLowerCase(Locale.ROOT), ns.length, Step.ms(ns, 0.5), Step.ms(ns, 0.99))));
        out.println(line);
    }

    // Saturated: the first step after which more clients bring under 10 % more requests per second.
    private static void saturation(List<Row> rows, PrintStream out) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).perSecond() < rows.get(i - 1).perSecond() * 1.10) {
                out.printf(Locale.ROOT, "  %s saturates at %d clients: %,.0f requests/s (%d clients: %,.0f)%n",
                        rows.get(i).mix(), rows.get(i - 1).clients(), rows.get(i - 1).perSecond(), rows.get(i).clients(),
                        rows.get(i).perSecond());
                return;
            }
        }
        out.printf(Locale.ROOT, "  %s: still rising at %d clients%n", rows.getLast().mix(), rows.getLast().clients());
    }

    private static double driverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double cpuOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static List<Integer> parseClients(String s) {
        List<Integer> clients = Arrays.stream(s.split(",")).map(String::strip).map(Integer::parseInt).toList();
        if (clients.stream().anyMatch(c -> c < 1 || c > MAX_CLIENTS)) {
            throw new IllegalArgumentException("--clients: each from 1 to " + MAX_CLIENTS + ", not " + s);
        }
        return clients;
    }
}
