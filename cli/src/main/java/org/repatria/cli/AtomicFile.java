package org.repatria.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see the old or the new bytes, never a part: temp file, fsync, atomic rename. */
final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @param ownerOnly create it readable and writable by its owner only (for private keys)
     * @param replace whether an existing {@code target} may be replaced
     */
    static void write(Path target, byte[] bytes, boolean ownerOnly, boolean replace) {
        Path absolute = target.toAbsolutePath();
        if (!replace && Files.exists(absolute)) {
            throw new CommandFailure(CommandFailure.UNUSABLE, target + " already exists; pass --force to overwrite it");
        }
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = ownerOnly && posix(absolute)
                    ? Files.createTempFile(absolute.getParent(), ".repatria", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(absolute.getParent(), ".repatria", ".tmp");
            if (ownerOnly && !posix(absolute)) {
                ownerOnlyElsewhere(temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            if (replace) {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createLink(absolute, temp);
                Files.delete(temp);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, target + " already exists; pass --force to overwrite it", e);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void ownerOnlyElsewhere(Path file) {
        var f = file.toFile();
        boolean ok = f.setReadable(false, false) && f.setReadable(true, true)
                && f.setWritable(false, false) && f.setWritable(true, true);
        if (!ok) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot restrict " + file + " to its owner");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temp file is hidden and harmless; the failure that brought us here is what matters.
            }
        }
    }
}
