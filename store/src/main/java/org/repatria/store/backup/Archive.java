package org.repatria.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.repatria.store.StoreException;

/**
 * A backup file as read back: its manifest, the log's latest signed checkpoint at the time of the backup and the
 * witnesses' latest cosigned checkpoints it held (each note as stored). A zip with {@code manifest.txt},
 * {@code log/checkpoint}, {@code log/cosigned/N} and {@code tables/NAME.table} (docs/decisions/0166).
 */
public record Archive(BackupManifest manifest, Optional<byte[]> checkpoint, List<byte[]> cosigned) {
    static final String MANIFEST = "manifest.txt";
    static final String CHECKPOINT = "log/checkpoint";
    static final String COSIGNED = "log/cosigned/";
    /** The largest checkpoint note or manifest read whole from an archive. */
    static final int MAX_NOTE_BYTES = 1 << 20;

    /** Copies the list. */
    public Archive {
        cosigned = List.copyOf(cosigned);
    }

    /** Reads the archive's manifest and checkpoints (not its tables: a restore reads and checks those). */
    public static Archive read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip);
            Optional<byte[]> checkpoint = Optional.ofNullable(zip.getEntry(CHECKPOINT)).map(e -> small(zip, e));
            List<byte[]> cosigned = new ArrayList<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().startsWith(COSIGNED)) {
                    cosigned.add(small(zip, e));
                }
            }
            return new Archive(manifest, checkpoint, cosigned);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static BackupManifest manifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw BackupManifest.damaged("it has no " + MANIFEST);
        }
        return BackupManifest.parse(small(zip, entry));
    }

    static StoreException unreadable(Path file, IOException e) {
        return new StoreException("cannot read the backup " + file + " (" + e.getMessage() + "); check the path and that"
                + " it is a file `repatria backup` wrote", e);
    }

    private static byte[] small(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_NOTE_BYTES + 1);
            if (bytes.length > MAX_NOTE_BYTES) {
                throw BackupManifest.damaged(entry.getName() + " is larger than " + MAX_NOTE_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw BackupManifest.damaged(entry.getName() + " does not read (" + e.getMessage() + ")");
        }
    }
}
