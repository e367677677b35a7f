package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repatria.server.log.LogVerdict;
import org.repatria.server.log.RestoredLog;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.backup.Archive;
import org.repatria.store.backup.RestoreSummary;
import org.repatria.store.reads.ReadRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repatria restore}: writes a backup into an empty database, then checks the log it wrote against the cosigned
 * checkpoints the backup holds and those a witness hands over (docs/decisions/0166).
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup into an empty database (no server may run on it), then rebuilds the log from the "
            + "restored entries and checks it against every cosigned checkpoint the backup holds and each --checkpoint "
            + "a witness gives: a newer one is reported as a ROLLBACK naming the missing entries, another root as a FORK. "
            + "A refused restore leaves the database as it was.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:restored, and the log is consistent with every checkpoint given (or the rollback was accepted)",
            "1:FORK: the restored log contradicts a cosigned checkpoint; refused",
            "2:bad arguments or files, a database not empty (without --replace) or in use, a damaged backup",
            "3:ROLLBACK: a witness cosigned entries the backup lacks; refused without --accept-rollback"})
final class RestoreCommand implements Callable<Integer> {
    /** Exit code: the witnesses saw a longer log than the backup holds. */
    static final int ROLLBACK = 3;
    /** The largest checkpoint file read. */
    private static final int MAX_CHECKPOINT_BYTES = 1 << 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The backup (or give it with --from).")
    Optional<Path> file = Optional.empty();

    @Option(names = "--from", paramLabel = "FILE", description = "The backup `repatria backup` wrote.")
    Optional<Path> from = Optional.empty();

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A checkpoint a witness cosigned (its `repatria witness --state` file), repeatable.")
    List<Path> checkpoints = new ArrayList<>();

    @Option(names = "--replace", description = "Delete the rows the database holds before restoring.")
    boolean replace;

    @Option(names = "--accept-rollback", description = "Keep the restore even when witnesses cosigned a longer log.")
    boolean acceptRollback;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        return CommandFailure.report(spec.commandLine().getErr(), () -> {
            Path archive = archive();
            List<byte[]> given = new ArrayList<>();
            Archive read = unusable(() -> Archive.read(archive));
            read.checkpoint().ifPresent(given::add);
            given.addAll(read.cosigned());
            for (Path c : checkpoints) {
                given.add(checkpointFile(c));
            }
            try (Store store = database.open()) {
                return unusable(() -> restore(store, archive, given));
            }
        });
    }

    private int restore(Store store, Path archive, List<byte[]> given) throws IOException {
        store.log().claimWriter(); // no server may append while the database is replaced
        if (replace && store.backups().rows() > 0) {
            // The rows held now are deleted only if the backup passes its check: check it on a scratch copy first.
            Path scratch = Files.createTempDirectory(archive.toAbsolutePath().getParent(), ".restore-check");
            try (Store trial = Store.embedded(scratch)) {
                trial.backups().restore(archive, false);
                LogVerdict verdict = RestoredLog.check(trial, given);
                if (!(verdict instanceof LogVerdict.Consistent) && !(verdict instanceof LogVerdict.Rollback && acceptRollback)) {
                    return report(verdict, "the database was not changed");
                }
            } finally {
                deleteTree(scratch);
            }
        }
        RestoreSummary summary = store.backups().restore(archive, replace);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "restored %,d rows in %d tables from %s (a %s backup of %s) into %s in %.2f s%n",
                summary.manifest().rows(), summary.manifest().tables().size(), archive, summary.manifest().engine(),
                summary.manifest().created(), database.describe(store), summary.took().toMillis() / 1000.0);
        ReadRecord.Check reads = store.backups().recordOfReads();
        if (reads.broken().isPresent()) { // checked in the archive already: a change on disk since is reported, not hidden
            throw new CommandFailure(CommandFailure.UNUSABLE, "the restored record of reads breaks at " + reads.broken().get());
        }
        out.printf(Locale.ROOT, "record of reads: %d segments, %,d reads, chain intact%n", reads.segments(), reads.reads());
        LogVerdict verdict;
        try {
            verdict = RestoredLog.check(store, given);
        } catch (IllegalArgumentException e) {
            store.backups().empty();
            throw new CommandFailure(CommandFailure.UNUSABLE, e.getMessage() + "; the restored rows were removed again", e);
        }
        if (verdict instanceof LogVerdict.Consistent || (verdict instanceof LogVerdict.Rollback && acceptRollback)) {
            return report(verdict, "kept");
        }
        store.backups().empty();
        return report(verdict, "the restored rows were removed again");
    }

    private int report(LogVerdict verdict, String outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        switch (verdict) {
            case LogVerdict.Consistent c -> {
                out.printf(Locale.ROOT, "log: %,d entries, root %s, as its latest checkpoint says; %s%n", c.size(), c.root(),
                        c.witnessedBy().isEmpty() ? "no cosignature of a registered witness verified: ask the witnesses for"
                                + " their newest checkpoint and give it with --checkpoint"
                                : String.format(Locale.ROOT, "consistent with the witnesses' cosigned checkpoint of %,d entries"
                                        + " (%s)", c.cosignedUpTo(), String.join(", ", c.witnessedBy())));
                out.flush();
                return 0;
            }
            case LogVerdict.Rollback r -> {
                PrintWriter to = acceptRollback ? out : err;
                to.printf(Locale.ROOT, "ROLLBACK: witnesses cosigned a log of %,d entries but the backup's log ends at %,d:"
                        + " entries %,d to %,d (%,d entries acknowledged after this backup) are missing; %s%s%n",
                        r.witnessed(), r.size(), r.size(), r.witnessed() - 1, r.missing(), acceptRollback
                                ? "accepted (--accept-rollback): " : "", acceptRollback ? outcome : outcome
                                + "; find a newer backup, or pass --accept-rollback to keep this one");
                to.flush();
                return acceptRollback ? 0 : ROLLBACK;
            }
            case LogVerdict.Fork f -> {
                err.printf(Locale.ROOT, "FORK at %,d entries: %s; refused, %s%n", f.size(), f.why(), outcome);
                err.flush();
                return CommandFailure.FAILED;
            }
        }
    }

    private Path archive() {
        if (file.isPresent() == from.isPresent()) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "give the backup once: restore --from FILE (or restore FILE)");
        }
        return file.or(() -> from).orElseThrow();
    }

    private static byte[] checkpointFile(Path c) {
        try {
            if (Files.size(c) > MAX_CHECKPOINT_BYTES) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "--checkpoint " + c + ": larger than "
                        + MAX_CHECKPOINT_BYTES + " bytes, the limit for a checkpoint");
            }
            return Files.readAllBytes(c);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "--checkpoint: cannot read " + c + ": " + e.getMessage(), e);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T unusable(Step<T> step) {
        try {
            return step.run();
        } catch (StoreException | IllegalArgumentException | IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "not restored: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
