package org.repatria.store.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.repatria.store.StoreException;

/**
 * One table in an archive (docs/decisions/0166): the line {@code repatria-table 1}, the table's name and its column
 * names, then each row as the byte 1 followed by one tagged value per column, and the byte 0 at the end. A value is
 * {@code 0} (null), {@code L} and 8 bytes (an integer; a boolean is written as 0 or 1, so a table hashes alike from every
 * engine), {@code D} and 8 bytes (a double's bits), {@code S} or {@code X} and a 4-byte length and that many bytes
 * (UTF-8 text, or bytes); {@code T}/{@code F} (a boolean) is read, not written. Big-endian.
 */
final class TableFile {
    static final String MAGIC = "repatria-table 1";
    /** The longest text or byte value an archive may hold (bounds what a damaged length can make a restore allocate). */
    static final int MAX_VALUE_BYTES = 256 * 1024 * 1024;

    private TableFile() {
    }

    /** Writes the header: the magic line, the table and its columns. */
    static void header(DataOutputStream out, String table, List<String> columns) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(table);
        out.writeInt(columns.size());
        for (String c : columns) {
            out.writeUTF(c);
        }
    }

    /** Reads the header's column names, checking the magic line and the table's name. */
    static List<String> columns(DataInputStream in, String table) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || !table.equals(in.readUTF())) {
            throw new StoreException("the archive's file of table " + table + " is not a Repatria table file of that table");
        }
        int count = in.readInt();
        if (count < 1 || count > 1000) {
            throw new StoreException("the archive's table " + table + " claims " + count + " columns; the archive is damaged");
        }
        List<String> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(in.readUTF());
        }
        return columns;
    }

    /** Writes one value as read from the database; a type no table of ours holds is refused, naming it. */
    static void value(DataOutputStream out, Object v, String where) throws IOException {
        switch (v) {
            case null -> out.writeByte(0);
            case Long l -> longValue(out, l);
            case Integer i -> longValue(out, i);
            case Short s -> longValue(out, s);
            case Byte b -> longValue(out, b);
            case BigDecimal d when d.scale() <= 0 -> longValue(out, d.longValueExact());
            case Double d -> doubleValue(out, d);
            case Float f -> doubleValue(out, f);
            case Boolean b -> longValue(out, b ? 1 : 0); // as SQLite holds it: a table hashes alike from every engine
            case String s -> bytes(out, 'S', s.getBytes(StandardCharsets.UTF_8));
            case byte[] b -> bytes(out, 'X', b);
            default -> throw new StoreException(where + " holds a " + v.getClass().getSimpleName()
                    + ", which the backup format does not carry; nothing was written");
        }
    }

    private static void longValue(DataOutputStream out, long v) throws IOException {
        out.writeByte('L');
        out.writeLong(v);
    }

    private static void doubleValue(DataOutputStream out, double v) throws IOException {
        out.writeByte('D');
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    private static void bytes(DataOutputStream out, char tag, byte[] b) throws IOException {
        out.writeByte(tag);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads one value: null, a Long, a Double, a Boolean, a String or a byte[]. */
    static Object value(DataInputStream in, String where) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case 0 -> null;
            case 'L' -> in.readLong();
            case 'D' -> Double.longBitsToDouble(in.readLong());
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'S' -> new String(block(in, where), StandardCharsets.UTF_8);
            case 'X' -> block(in, where);
            default -> throw new StoreException(where + ": unknown value tag " + tag + "; the archive is damaged");
        };
    }

    /** Whether another row follows (byte 1) or the table ended (byte 0). */
    static boolean nextRow(DataInputStream in, String table) throws IOException {
        try {
            int marker = in.readUnsignedByte();
            if (marker > 1) {
                throw new StoreException("table " + table + ": bad row marker " + marker + "; the archive is damaged");
            }
            return marker == 1;
        } catch (EOFException e) {
            throw new StoreException("table " + table + " ends early in the archive; the archive is truncated", e);
        }
    }

    private static byte[] block(DataInputStream in, String where) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_VALUE_BYTES) {
            throw new StoreException(where + ": a value of " + length + " bytes, the limit is " + MAX_VALUE_BYTES
                    + "; the archive is damaged");
        }
        byte[] read = in.readNBytes(length);
        if (read.length != length) {
            throw new StoreException(where + " ends early in the archive; the archive is truncated");
        }
        return read;
    }
}
