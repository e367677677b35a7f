package org.repatria.store.backup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.repatria.store.StoreException;
import org.repatria.store.reads.ReadRecord;

/**
 * What an archive holds, as its {@code manifest.txt} says line by line: {@code repatria-backup 1}, {@code engine E},
 * {@code schema V} (the last migration), {@code created T}, {@code log-size N} (entries), then one
 * {@code table NAME ROWS SHA256} per table in restore order, the hash taken over the table's file in the archive, then
 * one {@code reads NAME BYTES SHA256} per segment of the record of reads, oldest first (none in an archive made before).
 */
public record BackupManifest(String engine, String schema, Instant created, long logSize, List<TableEntry> tables,
                             List<SegmentEntry> reads) {
    static final String FIRST_LINE = "repatria-backup 1";

    /** Copies the lists. */
    public BackupManifest {
        tables = List.copyOf(tables);
        reads = List.copyOf(reads);
    }

    /** One segment of the record of reads in the archive ({@code reads/NAME}): its size and SHA-256 (hex). */
    public record SegmentEntry(String name, long bytes, String sha256) {
    }

    /** One table of the archive: its name, how many rows it holds and the SHA-256 (hex) of its file. */
    public record TableEntry(String name, long rows, String sha256) {
    }

    /** Rows in every table. */
    public long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    byte[] encoded() {
        StringBuilder out = new StringBuilder(FIRST_LINE).append('\n').append("engine ").append(engine).append('\n')
                .append("schema ").append(schema).append('\n').append("created ").append(created).append('\n')
                .append("log-size ").append(logSize).append('\n');
        tables.forEach(t -> out.append("table ").append(t.name()).append(' ').append(t.rows()).append(' ')
                .append(t.sha256()).append('\n'));
        reads.forEach(r -> out.append("reads ").append(r.name()).append(' ').append(r.bytes()).append(' ')
                .append(r.sha256()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static BackupManifest parse(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length < 5 || !lines[0].equals(FIRST_LINE)) {
            throw damaged("its manifest does not start with '" + FIRST_LINE + "'");
        }
        try {
            List<TableEntry> tables = new ArrayList<>();
            List<SegmentEntry> reads = new ArrayList<>();
            for (int i = 5; i < lines.length; i++) {
                if (lines[i].startsWith("reads ")) {
                    reads.add(segment(lines[i], i + 1, reads.size()));
                    continue;
                }
                String[] f = field(lines[i], "table").split(" ");
                if (f.length != 3 || !f[2].matches("[0-9a-f]{64}") || !f[0].matches("[a-z0-9_]{1,63}")) {
                    throw damaged("manifest line " + (i + 1) + " is not 'table NAME ROWS SHA256'");
                }
                tables.add(new TableEntry(f[0], Long.parseLong(f[1]), f[2]));
            }
            return new BackupManifest(field(lines[1], "engine"), field(lines[2], "schema"),
                    Instant.parse(field(lines[3], "created")), Long.parseLong(field(lines[4], "log-size")), tables, reads);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw damaged("a number or time in its manifest does not read (" + e.getMessage() + ")");
        }
    }

    // Bounded by the record's own cap: a damaged manifest cannot make a restore write more than the record keeps.
    private static SegmentEntry segment(String line, int number, int before) {
        String[] f = field(line, "reads").split(" ");
        if (f.length != 3 || !ReadRecord.isSegmentName(f[0]) || !f[2].matches("[0-9a-f]{64}")) {
            throw damaged("manifest line " + number + " is not 'reads reads-NNNNNNNN.log BYTES SHA256'");
        }
        long bytes = Long.parseLong(f[1]);
        ReadRecord.Limits cap = ReadRecord.Limits.DEFAULT;
        if (before >= cap.segments() || bytes < 0 || bytes > cap.segmentBytes()) {
            throw damaged("manifest line " + number + ": the record of reads keeps at most " + cap.segments()
                    + " segments of " + cap.segmentBytes() + " bytes");
        }
        return new SegmentEntry(f[0], bytes, f[2]);
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw damaged("manifest line '" + line + "' should start with '" + name + "'");
        }
        return line.substring(name.length() + 1);
    }

    static StoreException damaged(String why) {
        return new StoreException("this is not a Repatria backup, or it is damaged: " + why);
    }
}
