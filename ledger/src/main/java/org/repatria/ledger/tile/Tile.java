package org.repatria.ledger.tile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tile (C2SP tlog-tiles, "Merkle Tree"): at {@code level} L, number {@code index} N, holding {@code width} hashes
 * (256 for a full tile). Hash j of the tile is the tree hash at tree level 8·L, index 256·N + j.
 */
public record Tile(int level, long index, int width) {
    /** Tile height: each tile spans 8 tree levels. */
    public static final int HEIGHT = 8;
    /** Hashes (or entries) in a full tile. */
    public static final int WIDTH = 1 << HEIGHT;

    private static final Pattern HASH_PATH = Pattern.compile("tile/(0|[1-9][0-9]?)/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");
    private static final Pattern ENTRIES_PATH = Pattern.compile("tile/entries/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    /** Checks the ranges of the spec: level 0..63, index ≥ 0, width 1..256. */
    public Tile {
        if (level < 0 || level > 63 || index < 0 || width < 1 || width > WIDTH) {
            throw new TileException("no such tile: level " + level + ", index " + index + ", width " + width);
        }
    }

    /** Whether the tile holds fewer than 256 hashes. */
    public boolean isPartial() {
        return width < WIDTH;
    }

    /** {@code tile/<L>/<N>[.p/<W>]}. */
    public String path() {
        return "tile/" + level + "/" + encodeIndex(index) + suffix();
    }

    /** {@code tile/entries/<N>[.p/<W>]}: the entry bundle matching this level-0 tile. */
    public String entriesPath() {
        if (level != 0) {
            throw new TileException("only level-0 tiles have entry bundles, not " + path());
        }
        return "tile/entries/" + encodeIndex(index) + suffix();
    }

    /** Parses a hash tile path {@code tile/<L>/<N>[.p/<W>]}. */
    public static Tile parse(String path) {
        Matcher m = HASH_PATH.matcher(path);
        if (!m.matches()) {
            throw new TileException("not a tile path (tile/<L>/<N>[.p/<W>]): " + path);
        }
        return new Tile(Integer.parseInt(m.group(1)), decodeIndex(m.group(2), path), width(m.group(3), path));
    }

    /** Parses an entry bundle path {@code tile/entries/<N>[.p/<W>]} into its level-0 tile. */
    public static Tile parseEntries(String path) {
        Matcher m = ENTRIES_PATH.matcher(path);
        if (!m.matches()) {
            throw new TileException("not an entry bundle path (tile/entries/<N>[.p/<W>]): " + path);
        }
        return new Tile(0, decodeIndex(m.group(1), path), width(m.group(2), path));
    }

    // <N> is zero-padded 3-digit path elements, all but the last prefixed with "x": 1234067 is x001/x234/067.
    static String encodeIndex(long index) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%03d", index % 1000));
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            out.insert(0, String.format(Locale.ROOT, "x%03d/", rest % 1000));
        }
        return out.toString();
    }

    private static long decodeIndex(String elements, String path) {
        String[] parts = elements.split("/");
        if (parts.length > 1 && parts[0].equals("x000")) {
            throw new TileException("the tile index in " + path + " has a leading zero element");
        }
        long index = 0;
        for (String part : parts) {
            if (index > (Long.MAX_VALUE - 999) / 1000) {
                throw new TileException("the tile index in " + path + " is too large");
            }
            index = index * 1000 + Integer.parseInt(part.startsWith("x") ? part.substring(1) : part);
        }
        return index;
    }

    private static int width(String group, String path) {
        if (group == null) {
            return WIDTH;
        }
        int width = Integer.parseInt(group);
        if (width >= WIDTH) {
            throw new TileException("a partial tile has 1 to 255 hashes: " + path);
        }
        return width;
    }

    private String suffix() {
        return isPartial() ? ".p/" + width : "";
    }
}
