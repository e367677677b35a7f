package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.LinkableList;
import org.repatria.lists.export.CsvExport;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.PersonRecord;
import org.repatria.match.Progress;
import org.repatria.match.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repatria match}: links two person lists across scripts (DESIGN.md, Contracts: match, Person list CSV). */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Links two person lists (CSV or XLSX, read and checked as by validate; names in"
                + " Ukrainian, Russian or Latin; an address column, the family's address, is compared too). Writes"
                + " left_id,right_id,score,decision: score is a match probability in"
                + " [0,1]; decision is match (at or above --threshold) or review.",
            "A row with errors is still linked, without the fields at fault (an impossible date keeps its year; a row"
                + " without an id, or repeating one, is linked as #ROW or ID#ROW): the list to link is usually the other"
                + " side's, which nobody here can correct.",
            "Standard output: validate's problem lines, each prefixed by the file: file,row,column,message (row 1 is the"
                + " header; warnings start with \"warning: \"); at most " + LinkableList.MAX_PROBLEMS + " per file,"
                + " then a line counting the rest.",
            "Exit 0 when written, 1 when a file is not a list that can be linked (no header, no id or name column, more"
                + " than a million rows, over 1 GiB; nothing written), 2 when a file cannot be read."})
final class MatchCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The left list (CSV or XLSX).")
    Path left;

    @Parameters(index = "1", description = "The right list (CSV or XLSX).")
    Path right;

    @Option(names = "--out", required = true, description = "Output CSV of pairs.")
    Path out;

    @Option(names = "--threshold", description = "Match probability at or above which a pair is a match (default: ${DEFAULT-VALUE}).")
    double threshold = Settings.DEFAULT.matchThreshold();

    @Option(names = "--one-to-one", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Match each person at most once; contested pairs go to review (default: on).")
    boolean oneToOne;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "Check rows that give no category as this one (${COMPLETION-CANDIDATES}); by default such rows"
                    + " need no particular field, since matching weighs a missing field as nothing.")
    Category category;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    MatchCommand() {
        this(Clock.systemDefaultZone());
    }

    MatchCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 0 && threshold <= 1)) {
            err.println("match: --threshold is a probability: give a value between 0 and 1 (got " + threshold + ")");
            return 1;
        }
        ImportOptions options = ImportOptions.today(clock);
        if (category != null) {
            options = options.withCategory(category);
        }
        List<MatchInput> inputs = new ArrayList<>();
        for (Path file : List.of(left, right)) {
            try {
                inputs.add(MatchInput.read(file, options));
            } catch (IOException | SecurityException e) {
                err.println("match: cannot read " + file + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
                return 2;
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        inputs.forEach(in -> in.lines().forEach(stdout::println));
        stdout.flush();
        if (inputs.stream().anyMatch(in -> !in.linkable())) {
            err.println("match: a file is not a list that can be linked (lines above: file,row,column,message); nothing written");
            return 1;
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).errors() > 0) {
                err.println("match: " + List.of(left, right).get(i) + " has errors in its rows (lines above); those rows"
                        + " are linked without the fields at fault");
            }
        }
        List<PersonRecord> a = inputs.get(0).people();
        List<PersonRecord> b = inputs.get(1).people();
        long start = System.nanoTime();
        Settings settings = Settings.DEFAULT.withMatchThreshold(threshold).withOneToOne(oneToOne);
        Linkage linkage = new Matcher(settings, new StageProgress(err)).link(a, b);
        write(linkage);
        err.printf(Locale.ROOT, "%nmatch: %d × %d people, %d pairs compared, %d matches, %d to review, written to %s in %.1f s%n",
                a.size(), b.size(), linkage.candidatePairs(), linkage.matches().size(),
                linkage.links().size() - linkage.matches().size(), out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void write(Linkage linkage) throws IOException {
        CsvOutput.write(out, "left_id,right_id,score,decision", w -> {
            for (Link l : linkage.links()) {
                w.write(CsvExport.field(l.leftId()) + "," + CsvExport.field(l.rightId()) + ","
                        + String.format(Locale.ROOT, "%.6f", l.probability()) + ","
                        + l.decision().name().toLowerCase(Locale.ROOT) + "\n");
            }
        });
    }

    /** The matcher's stages, as a one-line progress bar on standard error. */
    private record StageProgress(PrintWriter err) implements Progress {
        @Override
        public synchronized void report(String stage, long done, long total) {
            err.printf(Locale.ROOT, "\rmatch: %s %-8s", ProgressBar.of(done, total), stage);
            err.flush();
        }
    }
}
