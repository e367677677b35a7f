package org.repatria.bench.kinship;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.search.Conclusion;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.JointProgress;
import org.repatria.kinship.search.JointResult;
import org.repatria.kinship.search.JointRow;
import org.repatria.kinship.search.JointTooLarge;

/**
 * The joint identification on a seeded case (run with a main method, not in the build):
 * {@code [remains families twoMissingShare limit keep seed]}, by default 1,000 remains x 1,000 families, 10 % of them
 * missing two brothers, 90 % of the remains missing persons, 23 markers; prints time, peak heap, and per conclusion
 * how many pairs are right and wrong. {@code --csv DIR} also writes the case as Kinship CSV (for dvir).
 */
public final class JointBench {

    private JointBench() {
    }

    public static void main(String[] args) throws Exception {
        int remains = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int families = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double two = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        double limit = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        int keep = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 2026;
        List<Locus> loci = KinshipCsv.frequencies(sharedData().resolve("str-frequencies/norwegian-forrel.csv")).loci().subList(0, 23);
        JointScenario s = new JointScenario(loci, families, remains, two, 0.9, seed);
        if (args.length > 7 && args[6].equals("--csv")) {
            JointCsv.write(s, Path.of(args[7]));
        }
        JointParameters p = JointParameters.defaults().withLimit(limit).withKeep(keep);
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        String head = String.format(Locale.ROOT, "%,d remains x %,d families (%,d missing persons, %.0f %% of families missing"
                + " two), %,d remains are missing persons; limit %s, keep %d, seed %d", remains, families, s.missingPersons,
                two * 100, s.truth.size(), limit, keep, seed);
        try {
            JointResult r = new KinshipEngine(s.data).identifyJointly(p, JointProgress.none());
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            System.out.println(head);
            System.out.printf(Locale.ROOT, "  %.2f s wall, %.2f s CPU, peak heap %d MiB, load average %.1f; %d groups, %,d assignments;"
                    + " %d missing persons unidentified%n", wall, cpu, peakHeapMiB(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r.groups(), r.assignments(),
                    r.unidentified().size());
            for (Conclusion c : Conclusion.values()) {
                List<JointRow> rows = r.rows().stream().filter(x -> x.conclusion() == c).toList();
                long right = rows.stream().filter(x -> (x.familyId() + "/" + x.missingId()).equals(s.truth.get(x.remainsId()))).count();
                System.out.printf(Locale.ROOT, "  %-12s %5d pairs: %5d right, %4d wrong%n", c.word(), rows.size(), right, rows.size() - right);
            }
        } catch (JointTooLarge e) {
            System.out.println(head);
            System.out.printf(Locale.ROOT, "  refused after %.2f s: %s%n", (System.nanoTime() - t0) / 1e9, e.getMessage());
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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

    static Path sharedData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/str-frequencies"))) {
                return p.resolve("shared/data");
            }
        }
        throw new IllegalStateException("shared/data not found; run from the repository");
    }
}
