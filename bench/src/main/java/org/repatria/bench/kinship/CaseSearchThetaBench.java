package org.repatria.bench.kinship;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.kinship.search.Progress;

/**
 * What the server's case search does (server/identification CaseSearchRunner: the pairwise search at log10 LR 4, then
 * same-person matching on 10 shared markers, both with the case's theta), timed in process CPU for each theta given:
 * {@code CaseSearchThetaBench <case folder> 0 0.01}. Each theta runs six times; the figure is the median CPU of the
 * last five (the first warms the JIT).
 */
public final class CaseSearchThetaBench {
    private CaseSearchThetaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        KinshipData d = KinshipCsv.read(new KinshipCsv.Files(dir.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                dir.resolve("remains.csv"), dir.resolve("pedigrees.csv"), Optional.empty()), OptionalDouble.empty());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i < args.length; i++) {
            double theta = Double.parseDouble(args[i]);
            double[] cpu = new double[5];
            for (int run = 0; run < 6; run++) {
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                KinshipEngine engine = new KinshipEngine(d, theta);
                int rows = engine.search(4, Progress.none()).size();
                int pairs = engine.samePerson(4, Math.min(10, d.frequencies().loci().size())).size();
                double seconds = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (run > 0) {
                    cpu[run - 1] = seconds;
                }
                System.out.printf("%s, theta %s (run %d): %d remains x %d families, %d rows at log10 LR >= 4, %d same-person"
                                + " pairs; %.2f s CPU, %.2f s wall%n", dir.getFileName(), args[i], run, d.remains().size(),
                        d.families().size(), rows, pairs, seconds, (System.nanoTime() - wall0) / 1e9);
            }
            java.util.Arrays.sort(cpu);
            System.out.printf("%s, theta %s: median %.2f s CPU (runs 1-5)%n", dir.getFileName(), args[i], cpu[2]);
        }
    }
}
