package org.repatria.bench.reads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.ReadRecord;

/**
 * The record of reads' own cost per read: appends N reads (one list id, 50 rows; the what of an API page of rows) to a
 * fresh record after a warm-up, and prints the mean time per append, then the time to open the record again (the start's
 * chain check). Arguments: [reads].
 */
public final class AppendCostBenchmark {
    private AppendCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createTempDirectory("repatria-append-cost");
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String list = "4c041358-4006-49bf-92ca-ab1d7dddc780";
        String what = "GET /api/v1/lists/" + list + "/rows";
        try (ReadRecord r = ReadRecord.open(dir)) {
            for (int i = 0; i < 20_000; i++) {
                r.append(t0.plusMillis(i), "warm-up", "ua", "party_desk", ReadKind.PERSONS, what, List.of(list), 50);
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                r.append(t0.plusMillis(i), "ua-desk-" + (i % 8), "ua", "party_desk", ReadKind.PERSONS, what, List.of(list), 50);
            }
            double us = (System.nanoTime() - start) / 1e3 / n;
            double cpuUs = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e3 / n;
            System.out.printf("append: %.2f µs a read wall, %.2f µs CPU (%,d reads)%n", us, cpuUs, n);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long open = System.nanoTime();
        long openCpu = cpu.getCurrentThreadCpuTime();
        try (ReadRecord r = ReadRecord.open(dir)) {
            long wall = (System.nanoTime() - open) / 1_000_000;
            long used = (cpu.getCurrentThreadCpuTime() - openCpu) / 1_000_000;
            System.out.printf("open again (chain check of %,d reads): %d ms wall, %d ms CPU; broken: %s%n", n + 20_000,
                    wall, used, r.verify().map(Object::toString).orElse("no"));
        }
        try (var files = Files.list(dir)) {
            System.out.printf("on disk: %,d bytes%n", files.mapToLong(p -> p.toFile().length()).sum());
        }
    }
}
