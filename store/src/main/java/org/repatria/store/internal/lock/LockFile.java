package org.repatria.store.internal.lock;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.repatria.store.LogHeldException;
import org.repatria.store.StoreException;

/**
 * An embedded database's log-writer lock: an OS lock on a file beside the database's own files, held open. The file
 * is never deleted (a deleted lock file lets a newcomer lock a fresh file while the holder still locks the old one);
 * while locked it names its holder, so a refused server can say who holds the log.
 */
public final class LockFile implements WriterLock {
    /** Appended to the database file's name, as SQLite appends -wal and -shm. */
    public static final String SUFFIX = "-writer.lock";
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object fileKey;

    private LockFile(Path path, FileChannel channel, FileLock lock, Object fileKey) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.fileKey = fileKey;
    }

    /** Locks the lock file of the database stored in {@code databaseFile}, or throws {@link LogHeldException}. */
    public static LockFile take(Path databaseFile) {
        Path path = databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new LogHeldException(holder(channel, path));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(thisProcess().getBytes(StandardCharsets.UTF_8)));
            return new LockFile(path, channel, lock, fileKey(path));
        } catch (IOException e) {
            WriterLock.closeQuietly(channel);
            throw new StoreException("cannot lock " + path + " to become the log's only writer (" + e.getMessage()
                    + "); check that the data directory is writable", e);
        } catch (RuntimeException e) {
            WriterLock.closeQuietly(channel);
            throw e;
        }
    }

    // Another process's lock shows as null; this JVM's own (another store here) as an exception.
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holder(FileChannel channel, Path path) {
        ByteBuffer text = ByteBuffer.allocate(512);
        try {
            channel.read(text, 0);
        } catch (IOException e) { // where locks are mandatory (Windows) a locked file cannot be read
            text.clear();
        }
        String named = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
        return (named.isEmpty() ? "a process that does not name itself" : named) + "; its lock file is " + path;
    }

    private static String thisProcess() {
        ProcessHandle self = ProcessHandle.current();
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "this machine";
        }
        return "process " + self.pid() + " on " + host
                + self.info().startInstant().map(at -> ", started " + at).orElse("");
    }

    /** The lock is ours while the path still names the file we locked (a deleted one lets a newcomer lock a new file). */
    @Override
    public boolean intact() {
        try {
            return lock.isValid() && Objects.equals(fileKey(path), fileKey);
        } catch (IOException e) { // gone
            return false;
        }
    }

    // The file's identity (device and inode on Linux); null where the file system has none, which cannot be told apart.
    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // Closing the channel below lets the lock go all the same.
        } finally {
            WriterLock.closeQuietly(channel);
        }
    }
}
