package org.repatria.bench.kinship;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.search.Match;
import org.repatria.kinship.search.Progress;

/**
 * Kinship search benchmarks (run with a main method, not in the build):
 * {@code large [bodies families]} 6,000 x 20,000 families with 1-3 typed relatives on 23 markers;
 * {@code exact500} 500 x 500 five-person pedigrees; {@code simdvi} the ../shared/data/sim-dvi scenarios.
 * {@code -Dtheta=0.01} runs every search with that subpopulation correction (default 0).
 */
public final class KinshipBench {

    private static final double THETA = Double.parseDouble(System.getProperty("theta", "0"));

    private KinshipBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "simdvi";
        Path data = sharedData();
        switch (mode) {
            case "large" -> synthetic(data, args.length > 2 ? Integer.parseInt(args[1]) : 6000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 20000, false);
            case "exact500" -> synthetic(data, 500, 500, true);
            case "simdvi" -> {
                simDvi(data.resolve("sim-dvi/seed1-100x100"), 69.5);
                simDvi(data.resolve("sim-dvi/seed2-200x200"), 370.8);
            }
            default -> throw new IllegalArgumentException("mode is large, exact500 or simdvi, not " + mode);
        }
    }

    private static void synthetic(Path data, int bodies, int families, boolean fiveMember) {
        List<Locus> loci = KinshipCsv.frequencies(data.resolve("str-frequencies/norwegian-forrel.csv")).loci().subList(0, 23);
        long t0 = System.nanoTime();
        Scenario s = new Scenario(loci, families, bodies, 0.8, fiveMember, 2026);
        double gen = seconds(t0);
        run(s.data, s.truth, bodies + " bodies x " + families + " families" + (fiveMember ? " (5-person, 4 typed)" : " (1-3 typed)")
                + ", 23 markers; generated in " + String.format("%.1f s", gen), Optional.empty());
    }

    private static void simDvi(Path dir, double dvirSeconds) throws Exception {
        KinshipData d = KinshipCsv.read(new KinshipCsv.Files(dir.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                dir.resolve("remains.csv"), dir.resolve("pedigrees.csv"), Optional.empty()), OptionalDouble.empty());
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth.csv")).subList(1, Files.readAllLines(dir.resolve("truth.csv")).size())) {
            String[] f = line.split(",");
            if (f.length > 1 && !f[1].isBlank() && !f[1].equals("NA")) {
                truth.put(f[0], f[1]);
            }
        }
        run(d, truth, dir.getFileName().toString(), Optional.of(dvirSeconds));
    }

    private static void run(KinshipData d, Map<String, String> truth, String label, Optional<Double> dvirSeconds) {
        long pairs = (long) d.remains().size() * d.families().stream().mapToLong(f -> f.missing().size()).sum();
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        KinshipEngine engine = new KinshipEngine(d, THETA);
        List<Match> reported = engine.search(0, Progress.none());
        double seconds = seconds(t0);
        double cpu = (cpuNanos() - cpu0) / 1e9;
        Map<String, Match> best = new HashMap<>();
        for (Match m : reported) {
            best.merge(m.remainsId(), m, (a, b) -> a.log10Lr() >= b.log10Lr() ? a : b);
        }
        long right = truth.entrySet().stream().filter(e -> best.containsKey(e.getKey())
                && best.get(e.getKey()).familyId().equals(e.getValue()) && best.get(e.getKey()).log10Lr() >= 4).count();
        long wrong = best.values().stream().filter(m -> m.log10Lr() >= 4 && !m.familyId().equals(truth.get(m.remainsId()))).count();
        System.out.printf("%s, theta %s: %,d pairs in %.2f s wall, %.2f s CPU (%.2f us/pair wall), %,d rows with log10 LR >= 0;"
                        + " best family with LR >= 1e4: %d right of %d true, %d wrong; peak heap %d MiB; load average %.1f%n",
                label, THETA, pairs, seconds, cpu, seconds * 1e6 / pairs, reported.size(), right, truth.size(), wrong, peakHeapMiB(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (THETA > 0) {
            System.out.printf("  marker likelihoods with theta: %,d, of which %,d had founders beyond the exact table (coupled within themselves)%n",
                    org.repatria.kinship.likelihood.PedigreeLikelihood.thetaLikelihoods(),
                    org.repatria.kinship.likelihood.PedigreeLikelihood.thetaApproximations());
        }
        dvirSeconds.ifPresent(dv -> System.out.printf("  dvir 3.4.2 pairwiseLR: %.1f s (%.2f ms/pair); ratio dvir/ours = %.0f%n",
                dv, dv * 1000 / pairs, dv / seconds));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static Path sharedData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/sim-dvi"))) {
                return p.resolve("shared/data");
            }
        }
        throw new IllegalStateException("../shared/data not found; run from the repository");
    }
}
