package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.Match;
import org.repatria.kinship.search.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code repatria identify}: every remains sample against every missing person of every family (DESIGN.md, Kinship CSV). */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = {"DNA kinship search: every remains sample in --remains against every missing person of every family"
                + " in --pedigrees. Writes remains_id,family_id,missing_id,log10_lr,exclusions for each pair at or above"
                + " --min-log10-lr; LR = P(data | remains is the missing person) / P(data | unrelated); exclusions ="
                + " markers inconsistent with the relationship without mutation. With --joint: the joint assignment instead"
                + " (README, contract table). Exit 1 on bad input, naming file, row and field."})
final class IdentifyCommand implements Callable<Integer> {

    @Option(names = "--frequencies", required = true, description = "Allele frequencies: marker,allele,frequency.")
    Path frequencies;

    @Option(names = "--profiles", required = true, description = "Profiles of remains and references: sample_id,marker,allele1,allele2.")
    Path profiles;

    @Option(names = "--remains", required = true, description = "Remains to identify: sample_id,sex (1 male, 2 female, empty unknown).")
    Path remains;

    @Option(names = "--pedigrees", required = true,
            description = "Families: family_id,member_id,father_id,mother_id,sex,sample_id,missing.")
    Path pedigrees;

    @Option(names = "--mutations", description = "Optional mutation models: marker,model_female,rate_female,model_male,rate_male.")
    Path mutations;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Option(names = "--min-log10-lr", description = "Report pairs with log10 LR at or above this (default: ${DEFAULT-VALUE}).")
    double minLog10Lr = 0;

    @Option(names = "--allele-floor", description = "Frequency for alleles missing from the table (default: refuse such alleles).")
    Double alleleFloor;

    @Option(names = "--joint", description = "The joint assignment (as dvir's jointDVI): undisputed pairs first, the rest"
            + " searched jointly; writes remains_id,family_id,missing_id,log10_lr,posterior,conclusion, one row per pair it"
            + " assigns, and names on standard error the missing persons left unidentified.")
    boolean joint;

    @Option(names = "--threshold", description = "With --joint: an LR at or above this, and this many times every other LR"
            + " of its remains and of its missing person, is undisputed (default: ${DEFAULT-VALUE}).")
    double threshold = JointParameters.THRESHOLD;

    @Option(names = "--limit", description = "With --joint: only pairs whose LR is above this are candidates (default:"
            + " ${DEFAULT-VALUE}, every pair not excluded).")
    double limit = 0;

    @Option(names = "--keep", description = "With --joint: at most this many candidates per remains, best first (default:"
            + " ${DEFAULT-VALUE}, all).")
    int keep = 0;

    @Option(names = "--max-assignments", description = "With --joint: the most joint assignments one connected group may"
            + " have (default: ${DEFAULT-VALUE}); a bigger group is refused.")
    long maxAssignments = JointParameters.MAX_ASSIGNMENTS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            KinshipData data = KinshipCsv.read(new KinshipCsv.Files(frequencies, profiles, remains, pedigrees,
                    Optional.ofNullable(mutations)), alleleFloor == null ? OptionalDouble.empty() : OptionalDouble.of(alleleFloor));
            data.notes().forEach(n -> err.println("identify: note: " + n));
            err.printf(Locale.ROOT, "identify: %d remains, %d families, %d markers%n",
                    data.remains().size(), data.families().size(), data.frequencies().loci().size());
            long start = System.nanoTime();
            if (joint) {
                JointParameters parameters = new JointParameters(threshold, limit, keep, maxAssignments, JointParameters.PROBABLE, 0);
                JointOutput.write(new KinshipEngine(data), parameters, out, err);
                err.printf(Locale.ROOT, "identify: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
                return 0;
            }
            List<Match> matches = new KinshipEngine(data).search(minLog10Lr, new FamilyProgress(err));
            write(matches);
            err.printf(Locale.ROOT, "%nidentify: %d rows written to %s in %.1f s%n", matches.size(), out, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (KinshipException e) {
            err.println("identify: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("identify: " + out + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        } finally {
            err.flush();
        }
    }

    private void write(List<Match> matches) throws IOException {
        CsvOutput.write(out, "remains_id,family_id,missing_id,log10_lr,exclusions", w -> {
            for (Match m : matches) {
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%.6f,%d%n", m.remainsId(), m.familyId(), m.missingId(),
                        m.log10Lr(), m.exclusions()));
            }
        });
    }

    /** Families searched, as a one-line progress bar on standard error, redrawn at most ten times a second. */
    private static final class FamilyProgress implements Progress {

        private final PrintWriter err;
        private long last;

        FamilyProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void familiesDone(int done, int total) {
            long now = System.nanoTime();
            if (done < total && now - last < 100_000_000L) {
                return;
            }
            last = now;
            err.printf(Locale.ROOT, "\ridentify: %s %d/%d families", ProgressBar.of(done, total), done, total);
            err.flush();
        }
    }
}
