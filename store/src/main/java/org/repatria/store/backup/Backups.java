package org.repatria.store.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.reads.ReadRecord;

/**
 * Backup and restore of the whole database (docs/decisions/0166): {@link #write} copies it into one archive file while
 * the server runs (SQLite: {@code VACUUM INTO} a private copy first; PostgreSQL and H2: one REPEATABLE READ read-only
 * transaction), and {@link #restore} writes an archive into an empty store in one transaction, every table checked
 * against the manifest's row count and hash.
 */
public final class Backups {
    private final Database db;
    private final Clock clock;
    private final Path readsDir;

    /** Backups of the database {@code db} reaches and of the record of reads in {@code readsDir} (docs/decisions/0165). */
    public Backups(Database db, Path readsDir) {
        this.db = db;
        this.clock = Clock.systemUTC();
        this.readsDir = readsDir.toAbsolutePath().normalize();
    }

    /**
     * Writes a consistent copy of every table into {@code out}, readable by its owner only. Refuses an existing file
     * unless {@code overwrite}; the file appears whole or not at all (written beside it, then moved).
     *
     * @throws StoreException naming what went wrong; nothing is left behind
     */
    public BackupSummary write(Path out, boolean overwrite) {
        long start = System.nanoTime();
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target) || (Files.exists(target) && !overwrite)) {
            throw new StoreException(target + " exists already; choose another file" + (Files.isDirectory(target)
                    ? " (it is a directory)" : ", or pass --force to replace it"));
        }
        Path dir = target.getParent();
        Path partial = dir.resolve("." + target.getFileName() + ".partial");
        try {
            createPrivate(partial);
            int cosigned;
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                cosigned = db.engine().equals("sqlite") ? fromCopy(zip, dir.resolve("." + target.getFileName() + ".sqlite"))
                        : db.snapshot("back up the database", h -> sql(() ->
                                new ArchiveWriter(h.getConnection(), db.engine(), clock, readsDir).write(zip)));
                zip.finish();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new BackupSummary(target, Files.size(target), Archive.read(target).manifest(), cosigned,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + target + " (" + e.getMessage() + "); check that the"
                    + " directory exists, is writable and has room for a copy of the database", e);
        } finally {
            quietlyDelete(partial);
        }
    }

    /**
     * Writes the archive at {@code from} into this store in one transaction, and its record of reads into the record's
     * directory (no server may have the record open). The record's segments are checked first, each against the
     * manifest and the chain across them. Refuses a store holding any row or recorded read unless {@code replace},
     * which deletes those rows in the same transaction and sets the record aside (renamed, not deleted); refuses an
     * archive of another schema version.
     *
     * @throws StoreException naming the refusal, the damaged table or the missing, damaged or broken segment; nothing
     *                        was written
     */
    public RestoreSummary restore(Path from, boolean replace) {
        long start = System.nanoTime();
        try (ZipFile zip = new ZipFile(from.toFile())) {
            BackupManifest manifest = Archive.manifest(zip);
            ReadRecord.Check held = ReadRecord.check(readsDir);
            if (held.reads() > 0 && !replace) {
                throw new StoreException("this store's record of reads is not empty (" + held.reads() + " reads in " + readsDir
                        + "); restore into an empty data directory, or pass --replace to set that record aside first");
            }
            Path staged = RecordFiles.stage(zip, manifest, readsDir);
            try {
                RestoreSummary restored = tables(zip, manifest, from, replace, start);
                RecordFiles.install(staged, readsDir, clock);
                return restored;
            } finally {
                RecordFiles.deleteTree(staged);
            }
        } catch (IOException e) {
            throw Archive.unreadable(from, e);
        }
    }

    private RestoreSummary tables(ZipFile zip, BackupManifest manifest, Path from, boolean replace, long start) {
    return db.write("restore the backup " + from.getFileName(), h -> sql(() -> {
            ArchiveLoader loader = new ArchiveLoader(h.getConnection());
            Map<Tables.Table, Long> present = loader.present();
            List<Tables.Table> tables = List.copyOf(present.keySet());
            loader.checkSchema(manifest, tables);
            long rows = present.values().stream().mapToLong(Long::longValue).sum();
            if (rows > 0) {
                if (!replace) {
                    throw new StoreException("this store is not empty (" + rows + " rows, e.g. " + nonEmpty(present)
                            + "); restore into an empty database, or pass --replace to delete its rows first");
                }
                loader.empty(tables);
            }
            var entries = ArchiveLoader.byName(manifest);
            for (Tables.Table t : tables) {
                loader.load(zip, t, entries.get(ArchiveLoader.lower(t.name())));
            }
            return new RestoreSummary(manifest, rows, Duration.ofNanos(System.nanoTime() - start));
        }));
    }

    /**
     * Deletes every row of every table (Flyway's history stays) and sets the record of reads aside (renamed beside it,
     * not deleted): leaves the store as an empty, migrated one.
     */
    public void empty() {
        db.write("empty the store", h -> sql(() -> {
            ArchiveLoader loader = new ArchiveLoader(h.getConnection());
            loader.empty(List.copyOf(loader.present().keySet()));
            RecordFiles.setAside(readsDir, "set-aside", clock);
            return null;
        }));
    }

    /** The record of reads as it is now in its directory: segments, reads and the first break of its chain, if any. */
    public ReadRecord.Check recordOfReads() {
        return ReadRecord.check(readsDir);
    }

    /** How many rows the store holds in all its tables. */
    public long rows() {
        return db.read("count the rows", h -> sql(() -> new ArchiveLoader(h.getConnection()).present().values().stream()
                .mapToLong(Long::longValue).sum()));
    }

    // SQLite's online backup: VACUUM INTO writes a consistent copy from one read transaction, writers go on (WAL).
    private int fromCopy(ZipOutputStream zip, Path copy) throws IOException {
        try {
            createPrivate(copy);
            db.read("copy the database (VACUUM INTO)", h -> h.execute("VACUUM INTO ?", copy.toString()));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                return new ArchiveWriter(c, "sqlite", clock, readsDir).write(zip);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the copy " + copy + " of the database (" + e.getMessage() + ")", e);
        } finally {
            quietlyDelete(copy);
        }
    }

    private static String nonEmpty(Map<Tables.Table, Long> present) {
        return present.entrySet().stream().filter(e -> e.getValue() > 0).limit(3)
                .map(e -> ArchiveLoader.lower(e.getKey().name()) + " " + e.getValue()).toList().toString();
    }

    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static void quietlyDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: a later backup of the same name deletes it first
        }
    }

    /** JDBC and file work inside a transaction; its checked failures become a {@link StoreException}. */
    private interface Work<T> {
        T run() throws IOException, SQLException;
    }

    private static <T> T sql(Work<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new StoreException("cannot read or write the backup (" + e.getMessage() + ")", e);
        } catch (SQLException e) {
            throw new StoreException("the database refused a backup step (" + e.getMessage() + ")", e);
        }
    }
}
