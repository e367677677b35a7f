package org.repatria.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code repatria backup}: a consistent copy of the database into one archive file, while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent copy of every table, the log's latest checkpoint, the witnesses' latest "
            + "cosignatures and the record of reads' segments into FILE (a zip with a manifest of tables, row counts and SHA-256 hashes; "
            + "docs/decisions/0166), while the server runs. The file is readable by its owner only.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written; its size is printed", "2:refused (FILE exists, no database) or failed; nothing was written"})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The archive to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return CommandFailure.report(spec.commandLine().getErr(), () -> {
            if (database.url.isBlank() && !Files.isDirectory(database.data)) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "no database under " + database.data.toAbsolutePath()
                        + "; give the server's --data DIR or --db URL");
            }
            try (Store store = database.open()) {
                BackupSummary s = store.backups().write(out, force);
                stdout.printf(Locale.ROOT, "backup of %s: %d tables, %,d rows, log of %,d entries, %d witness cosignatures%n",
                        database.describe(store), s.manifest().tables().size(), s.manifest().rows(), s.manifest().logSize(),
                        s.cosignatures());
                stdout.printf(Locale.ROOT, "record of reads: %d segments, %,d bytes%n", s.manifest().reads().size(),
                        s.manifest().reads().stream().mapToLong(r -> r.bytes()).sum());
                stdout.printf(Locale.ROOT, "written %s: %,d bytes in %.2f s%n", s.file(), s.bytes(), s.took().toMillis() / 1000.0);
                stdout.flush();
                return 0;
            } catch (StoreException e) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "no backup: " + e.getMessage(), e);
            }
        });
    }
}
