package org.repatria.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.repatria.store.StoreException;
import org.repatria.store.reads.ReadRecord;

/**
 * The record of reads in an archive ({@code reads/NAME}, docs/decisions/0165 and 0166): its segments copied in, and on
 * restore written into a staging directory, each checked against the manifest's size and hash and the whole chain
 * walked, before they take the record's place.
 */
final class RecordFiles {
    static final String PREFIX = "reads/";

    private RecordFiles() {
    }

    /** Copies each segment of the record in {@code dir} into the zip, up to its last complete line. */
    static List<BackupManifest.SegmentEntry> write(ZipOutputStream zip, Path dir) throws IOException {
        List<BackupManifest.SegmentEntry> out = new ArrayList<>();
        for (ReadRecord.Segment s : ReadRecord.segmentsToCopy(dir)) {
            zip.putNextEntry(new ZipEntry(PREFIX + s.name()));
            MessageDigest sha = ArchiveWriter.sha256();
            try (InputStream in = Files.newInputStream(s.path())) {
                // the segment only grows: its first bytes are what was complete when it was listed
                long copied = copy(in, new DigestOutputStream(zip, sha), s.bytes());
                if (copied < s.bytes()) {
                    throw new StoreException("the record of reads' segment " + s.name() + " shrank while it was copied");
                }
            }
            zip.closeEntry();
            out.add(new BackupManifest.SegmentEntry(s.name(), s.bytes(), HexFormat.of().formatHex(sha.digest())));
        }
        return out;
    }

    /**
     * Writes the archive's segments into a new directory beside {@code readsDir} and checks them: each against its
     * manifest line, then the chain across them. The caller moves it into place with {@link #install} or deletes it.
     *
     * @throws StoreException naming the missing, damaged or broken segment; the staging directory is removed
     */
    static Path stage(ZipFile zip, BackupManifest manifest, Path readsDir) throws IOException {
        Path staged = readsDir.resolveSibling("." + readsDir.getFileName() + ".restoring");
        deleteTree(staged);
        Files.createDirectories(staged);
        try {
            for (BackupManifest.SegmentEntry e : manifest.reads()) {
                ZipEntry file = zip.getEntry(PREFIX + e.name());
                if (file == null) {
                    throw refused(e.name(), "its manifest lists it but the archive does not hold it");
                }
                MessageDigest sha = ArchiveWriter.sha256();
                long bytes;
                try (InputStream in = zip.getInputStream(file);
                     OutputStream to = new DigestOutputStream(Files.newOutputStream(staged.resolve(e.name())), sha)) {
                    bytes = copy(in, to, e.bytes() + 1);
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                if (bytes != e.bytes() || !hash.equals(e.sha256())) {
                    throw refused(e.name(), "it holds " + bytes + " bytes with SHA-256 " + hash + " but the manifest says "
                            + e.bytes() + " bytes, " + e.sha256());
                }
            }
            ReadRecord.Check check = ReadRecord.check(staged);
            if (check.broken().isPresent()) {
                throw refused(check.broken().get().segment(), "its chain does not hold at " + check.broken().get());
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            deleteTree(staged);
            throw e;
        }
    }

    /** Sets any record in {@code readsDir} aside (renamed, never deleted), then moves the staged segments in its place. */
    static void install(Path staged, Path readsDir, Clock clock) throws IOException {
        setAside(readsDir, "replaced", clock);
        try (var segments = Files.list(staged)) {
            if (segments.findAny().isPresent()) { // an archive without reads leaves no directory: the record makes its own
                Files.move(staged, readsDir, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Renames the record in {@code readsDir}, if it holds a segment, to {@code NAME.WHY-TIME}; returns whether it did. */
    static boolean setAside(Path readsDir, String why, Clock clock) throws IOException {
        if (!Files.isDirectory(readsDir)) {
            return false;
        }
        if (ReadRecord.segmentsToCopy(readsDir).isEmpty()) {
            deleteTree(readsDir); // empty segment files only: no read was recorded
            return false;
        }
        String stamp = clock.instant().toString().replace(':', '-');
        Files.move(readsDir, readsDir.resolveSibling(readsDir.getFileName() + "." + why + "-" + stamp), StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static StoreException refused(String segment, String why) {
        return BackupManifest.damaged("the record of reads' segment " + segment + " is refused: " + why
                + "; nothing was restored");
    }

    /** Copies at most {@code max} bytes and stops there (a damaged entry cannot make it read on); how many it copied. */
    private static long copy(InputStream in, OutputStream to, long max) throws IOException {
        byte[] buf = new byte[1 << 16];
        long done = 0;
        int n;
        while (done < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - done))) > 0) {
            to.write(buf, 0, n);
            done += n;
        }
        to.flush();
        return done;
    }
}
