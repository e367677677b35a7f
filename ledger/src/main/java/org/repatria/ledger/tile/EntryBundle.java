package org.repatria.ledger.tile;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Entry bundles (C2SP tlog-tiles, "Log entries"): a sequence of big-endian uint16 length-prefixed entries. */
public final class EntryBundle {
    /** Largest entry a bundle can carry. */
    public static final int MAX_ENTRY = 0xFFFF;

    private EntryBundle() {
    }

    /** Encodes entries into a bundle. */
    public static byte[] encode(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            checkSize(entry);
            out.write(entry.length >>> 8);
            out.write(entry.length & 0xFF);
            out.writeBytes(entry);
        }
        return out.toByteArray();
    }

    /** Refuses an entry too long for a bundle, before it gets into the log. */
    public static void checkSize(byte[] entry) {
        if (entry.length > MAX_ENTRY) {
            throw new TileException("an entry is " + entry.length + " bytes; entry bundles hold at most " + MAX_ENTRY);
        }
    }

    /** Decodes a bundle; {@code path} names it in errors. */
    public static List<byte[]> decode(byte[] bundle, String path) {
        List<byte[]> entries = new ArrayList<>();
        int at = 0;
        while (at < bundle.length) {
            if (at + 2 > bundle.length) {
                throw new TileException(path + " ends in the middle of an entry length at byte " + at);
            }
            int length = ((bundle[at] & 0xFF) << 8) | (bundle[at + 1] & 0xFF);
            at += 2;
            if (at + length > bundle.length) {
                throw new TileException(path + " is truncated: entry " + entries.size() + " needs " + length + " bytes");
            }
            byte[] entry = new byte[length];
            System.arraycopy(bundle, at, entry, 0, length);
            entries.add(entry);
            at += length;
        }
        return entries;
    }
}
