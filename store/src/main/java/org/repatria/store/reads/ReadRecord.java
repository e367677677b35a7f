package org.repatria.store.reads;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.store.StoreException;

/**
 * The record of reads (docs/decisions/0165): an append-only, hash-chained record kept in its own directory, apart from
 * the application database. Each read is one line; a line that was edited, removed or inserted breaks the chain, and
 * {@link #verify()} and every {@link #page} say where. Bounded: segments of {@link Limits#segmentBytes()}, at most
 * {@link Limits#segments()} of them; when full, the oldest segment is rotated out (copy the segments off to keep more).
 */
public final class ReadRecord implements AutoCloseable {
    /** The most ids one read names; more are counted in a last id {@code +N more}. */
    public static final int MAX_IDS = 20;
    /** The most characters of one field (an id, the what); longer ones are cut and end in {@code …}. */
    public static final int MAX_FIELD = 200;
    private final Segments segments;
    private final Limits limits;
    private final MassTally tally;
    private FileChannel out;
    private int current;
    private long currentBytes;
    private long seq;
    private String head;

    /**
     * The bounds of the record and the mass-read thresholds.
     *
     * @param segmentBytes    the size at which a segment is closed and the next one begun
     * @param segments        the most segments kept; when one more is begun, the oldest is removed
     * @param massRowsPerRead a read of this many rows or more is a mass read
     * @param massRowsPerHour an account that read this many rows or more within an hour makes mass reads
     */
    public record Limits(long segmentBytes, int segments, int massRowsPerRead, int massRowsPerHour) {
        /** 8 MiB segments, 32 of them (256 MiB, about a million reads); 1,000 rows a read, 5,000 rows an hour. */
        public static final Limits DEFAULT = new Limits(8L << 20, 32, 1_000, 5_000);

        public Limits {
            if (segmentBytes < 1024 || segments < 2 || massRowsPerRead < 1 || massRowsPerHour < 1) {
                throw new IllegalArgumentException("segments of 1 KiB or more, 2 segments or more, thresholds of 1 or more");
            }
        }
    }

    /** One segment as a backup copies it: its file name, its path and how many bytes of it were complete lines. */
    public record Segment(String name, Path path, long bytes) {
    }

    /** What a check of a record's directory found: segments, reads, and the first break of the chain if any. */
    public record Check(int segments, long reads, Optional<ChainBreak> broken) {
    }

    /**
     * The segments in {@code dir} a backup copies, oldest first, each up to its last complete line (a line being
     * appended is left for the next backup; a segment rotated out meanwhile is left out). Bounded by the record's cap:
     * at most {@link Limits#segments()} segments of at most {@link Limits#segmentBytes()} each.
     *
     * @throws StoreException when the directory cannot be read or a segment exceeds the cap (not the record's own file)
     */
    public static List<Segment> segmentsToCopy(Path dir) {
        Limits cap = Limits.DEFAULT;
        Segments segments = new Segments(dir);
        List<Segment> out = new ArrayList<>();
        try {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            List<Integer> numbers = segments.numbers();
            for (int n : numbers.subList(Math.max(0, numbers.size() - cap.segments()), numbers.size())) {
                Optional<Long> bytes = segments.wholeBytes(n);
                String name = segments.path(n).getFileName().toString();
                if (bytes.isPresent() && bytes.get() > cap.segmentBytes()) {
                    throw new StoreException("the record of reads' segment " + name + " holds " + bytes.get()
                            + " bytes, the limit is " + cap.segmentBytes() + "; it was not written by Repatria, move it away");
                }
                bytes.ifPresent(b -> out.add(new Segment(name, segments.path(n), b)));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read the record of reads in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    /** Whether {@code name} is the file name of one of the record's segments ({@code reads-NNNNNNNN.log}). */
    public static boolean isSegmentName(String name) {
        return Segments.isName(name);
    }

    /**
     * Walks the record in {@code dir} without opening it for writing (no file is made): counts segments and reads and
     * finds the first break of the chain, as {@link #verify()} does.
     *
     * @throws StoreException when the directory cannot be read
     */
    public static Check check(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Check(0, 0, Optional.empty());
        }
        Segments segments = new Segments(dir);
        long[] reads = {0};
        try {
            Optional<ChainBreak> broken = new ChainScan(segments, Limits.DEFAULT.segments()).run(d -> reads[0]++);
            return new Check(segments.numbers().size(), reads[0], broken);
        } catch (IOException e) {
            throw new StoreException("cannot read the record of reads in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    private ReadRecord(Segments segments, Limits limits) {
        this.segments = segments;
        this.limits = limits;
        this.tally = new MassTally(limits.massRowsPerRead(), limits.massRowsPerHour());
    }

    /** Opens (or begins) the record in {@code dir} with the default limits. */
    public static ReadRecord open(Path dir) {
        return open(dir, Limits.DEFAULT);
    }

    /**
     * Opens (or begins) the record in {@code dir}: cuts a torn last line left by a crash, reads the chain's head and the
     * last hour's rows per account. A broken chain does not stop it: the break stays visible in every page.
     *
     * @throws StoreException when the directory cannot be made, read or written
     */
    public static ReadRecord open(Path dir, Limits limits) {
        ReadRecord r = new ReadRecord(new Segments(dir), limits);
        try {
            if (!Files.isDirectory(dir)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            r.start();
        } catch (IOException e) {
            throw new StoreException("cannot open the record of reads in " + dir + " (" + e.getMessage()
                    + "); check that the directory is writable by the server", e);
        }
        return r;
    }

    private void start() throws IOException {
        List<Integer> numbers = segments.numbers();
        current = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1);
        head = ChainLine.GENESIS;
        if (!numbers.isEmpty()) {
            segments.cutTornTail(current);
            new ChainScan(segments, limits.segments()).run(d -> {
                head = d.hash();
                seq = d.read().seq();
                tally.add(d.read().username(), d.read().at(), d.read().rows());
            });
        }
        out = segments.openForAppend(current);
        currentBytes = out.size();
    }

    /**
     * Appends one read and returns it as recorded (numbered, flagged when it is a mass read).
     *
     * @throws StoreException when it cannot be written: the caller must then refuse the read
     */
    public synchronized RecordedRead append(Instant at, String username, String party, String role, ReadKind kind,
                                            String what, List<String> ids, int rows) {
        boolean mass = tally.add(username, at, rows);
        RecordedRead read = new RecordedRead(seq + 1, at, cut(username), cut(party), cut(role), kind, cut(what), bounded(ids),
                rows, mass);
        String encoded = ChainLine.encode(read, head);
        byte[] line = encoded.getBytes(StandardCharsets.UTF_8);
        try {
            if (currentBytes > 0 && currentBytes + line.length > limits.segmentBytes()) {
                rotate();
            }
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write the record of reads in " + segments.dir() + " (" + e.getMessage()
                    + "); free disk space there: reads are refused until they can be recorded", e);
        }
        currentBytes += line.length;
        seq = read.seq();
        head = ChainLine.hashOf(encoded);
        return read;
    }

    private void rotate() throws IOException {
        out.close();
        current++;
        out = segments.openForAppend(current);
        currentBytes = 0;
        List<Integer> numbers = segments.numbers();
        for (int i = 0; i < numbers.size() - limits.segments(); i++) {
            segments.delete(numbers.get(i));
        }
    }

    /** The page of reads the filter selects (mass reads first, then newest first), the oldest kept, and any break. */
    public ReadPage page(ReadFilter f) {
        return select(f, f.offset(), f.limit());
    }

    /** Up to {@code max} reads the filter selects, in the page's order (for an export). */
    public ReadPage export(ReadFilter f, int max) {
        return select(f, 0, max);
    }

    /** The first place where the chain does not hold, if any. */
    public Optional<ChainBreak> verify() {
        try {
            return new ChainScan(segments, limits.segments()).run(d -> { });
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private ReadPage select(ReadFilter f, int offset, int limit) {
        Selection s = new Selection(f, offset + limit);
        try {
            Optional<ChainBreak> broken = new ChainScan(segments, limits.segments()).run(s::offer);
            List<RecordedRead> ordered = s.ordered();
            List<RecordedRead> page = ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + limit, ordered.size()));
            return new ReadPage(s.total(), new ArrayList<>(page), s.first(), broken);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private StoreException unreadable(IOException e) {
        return new StoreException("cannot read the record of reads in " + segments.dir() + " (" + e.getMessage()
                + "); check the directory's permissions", e);
    }

    private static List<String> bounded(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size() && i < MAX_IDS; i++) {
            out.add(cut(ids.get(i)));
        }
        if (ids.size() > MAX_IDS) {
            out.set(MAX_IDS - 1, "+" + (ids.size() - MAX_IDS + 1) + " more");
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() <= MAX_FIELD ? s : s.substring(0, MAX_FIELD - 1) + "…";
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the record of reads in " + segments.dir() + " (" + e.getMessage() + ")", e);
        }
    }
}
