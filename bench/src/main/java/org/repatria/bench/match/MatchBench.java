package org.repatria.bench.match;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.Settings;

/**
 * Synthetic Ukrainian-vs-Russian/Latin linkage at the sizes given (default 10000): precision, recall, F1 against the
 * generator's truth, the size of the review queue, the recall of matches and review queue together ("reviewed"), wall time of {@link Matcher#link},
 * the process's CPU seconds during it, and peak heap; then each step's wall and CPU seconds ({@link Steps}); first the
 * JVM's collector, heap limit and flags. Usage:
 * {@code MatchBench [size...] [--seed S] [--write DIR]}; with --write, the lists of the last size are also written as
 * CSV (left.csv, right.csv, truth.csv) for timing {@code repatria match} end to end.
 */
public final class MatchBench {
    private MatchBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        long seed = 1;
        java.nio.file.Path write = null;
        List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].equals("--write")) {
                write = java.nio.file.Path.of(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(10_000);
        }
        System.out.println(Steps.jvm());
        System.out.printf(Locale.ROOT, "%-9s %8s %10s %8s %8s %8s %8s %8s %9s %9s %9s %9s%n", "size", "truth", "candidates",
                "found", "precision", "recall", "F1", "queue", "reviewed", "match_s", "cpu_s", "peak_MiB");
        for (int size : sizes) {
            SyntheticLists lists = SyntheticLists.generate(size, 0.8, seed);
            if (write != null) {
                ListFiles.write(lists, write);
            }
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Steps steps = new Steps();
            Linkage linkage = new Matcher(Settings.DEFAULT, steps).link(lists.left(), lists.right());
            long end = System.nanoTime();
            long cpuEnd = processCpuNanos();
            double seconds = (end - start) / 1e9;
            double cpu = (cpuEnd - cpuStart) / 1e9;
            Score s = Score.of(linkage.matches(), lists.truth());
            // The share of true pairs a reviewer sees at all: decided as matches or put in the review queue.
            Score reviewed = Score.of(linkage.links(), lists.truth());
            System.out.printf(Locale.ROOT, "%-9d %8d %10d %8d %8.4f %8.4f %8.4f %8d %9.4f %9.1f %9.1f %9d%n", size,
                    lists.truth().size(), linkage.candidatePairs(), s.truePositives(), s.precision(), s.recall(), s.f1(),
                    linkage.links().size() - linkage.matches().size(), reviewed.recall(), seconds, cpu, peakHeapMiB());
            System.out.println(steps.line(end, cpuEnd));
        }
    }

    /** Precision, recall and F1 of predicted matches against true "left,right" pairs. */
    record Score(long truePositives, long predicted, long actual) {
        static Score of(List<Link> matches, Set<String> truth) {
            long tp = matches.stream().filter(l -> truth.contains(l.leftId() + "," + l.rightId())).count();
            return new Score(tp, matches.size(), truth.size());
        }

        double precision() {
            return predicted == 0 ? 1 : truePositives / (double) predicted;
        }

        double recall() {
            return actual == 0 ? 1 : truePositives / (double) actual;
        }

        double f1() {
            return 2 * precision() * recall() / Math.max(1e-12, precision() + recall());
        }
    }

    /** CPU time of the whole process (all threads, the collector's too), so runs on a busy machine compare. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since the last reset. */
    static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
