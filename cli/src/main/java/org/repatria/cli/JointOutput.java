package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.search.Conclusion;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.JointResult;
import org.repatria.kinship.search.JointRow;

/**
 * {@code identify --joint}: the joint assignment as {@code remains_id,family_id,missing_id,log10_lr,posterior,conclusion},
 * then on standard error a summary line and the missing persons left unidentified ({@code family/member}).
 */
final class JointOutput {

    /** The most unidentified missing persons named on standard error; the rest are counted. */
    static final int MAX_NAMED = 1_000;

    private JointOutput() {
    }

    static void write(KinshipEngine engine, JointParameters parameters, Path out, PrintWriter err) throws IOException {
        long[] last = new long[1];
        JointResult result = engine.identifyJointly(parameters, (phase, done, total) -> {
            synchronized (last) {
                long now = System.nanoTime();
                if (done == total || now - last[0] > 100_000_000L) {
                    last[0] = now;
                    err.printf(Locale.ROOT, "\ridentify: joint: %-10s %s %d/%d", phase, ProgressBar.of(done, total), done, total);
                    err.flush();
                }
            }
        });
        CsvOutput.write(out, "remains_id,family_id,missing_id,log10_lr,posterior,conclusion", w -> {
            for (JointRow r : result.rows()) {
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%.6f,%.6f,%s%n", r.remainsId(), r.familyId(), r.missingId(),
                        r.log10Lr(), r.posterior(), r.conclusion().word()));
            }
        });
        err.printf(Locale.ROOT, "%nidentify: joint: %d pairs written to %s (%d undisputed, %d probable, %d inconclusive);"
                        + " %d groups searched jointly, %d assignments; %d missing persons stay unidentified%n",
                result.rows().size(), out, count(result.rows(), Conclusion.UNDISPUTED), count(result.rows(), Conclusion.PROBABLE),
                count(result.rows(), Conclusion.INCONCLUSIVE), result.groups(), result.assignments(), result.unidentified().size());
        if (!result.unidentified().isEmpty()) {
            String named = result.unidentified().stream().limit(MAX_NAMED).map(t -> t.familyId() + "/" + t.missingId())
                    .collect(Collectors.joining(" "));
            int more = result.unidentified().size() - MAX_NAMED;
            err.println("identify: unidentified: " + named + (more > 0 ? String.format(Locale.ROOT, " and %d more", more) : ""));
        }
    }

    private static long count(List<JointRow> rows, Conclusion c) {
        return rows.stream().filter(r -> r.conclusion() == c).count();
    }
}
