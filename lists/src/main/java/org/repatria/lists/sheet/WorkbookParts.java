package org.repatria.lists.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The parts of an XLSX workbook as its zip directory declares them, checked before POI unpacks any: a part (the sheet,
 * the shared strings) that would unpack to more than {@link #MAX_UNPACKED_PART} refuses the file at once, whatever its
 * packed size. POI is held to the same limits while it inflates (a part that unpacks to more than declared).
 */
final class WorkbookParts {
    /** The most bytes one part of a workbook (a sheet's XML, the shared strings) may unpack to: 64 MiB. */
    static final long MAX_UNPACKED_PART = 64L * 1024 * 1024;
    /** The most bytes all the parts of a workbook together may unpack to: 128 MiB. */
    static final long MAX_UNPACKED_TOTAL = 128L * 1024 * 1024;
    /** The most parts a workbook may have. */
    static final int MAX_PARTS = 1_000;
    /** POI's zip-bomb ratio (packed / unpacked below this is refused), set explicitly: its default, 1 to 100. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private WorkbookParts() {
    }

    /** Throws {@code xlsx.too-big} naming the first part over a limit; {@code xlsx.broken} when there is no zip directory. */
    static void check(Path workbook) throws UnreadableSheetException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            long total = 0;
            int parts = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new UnreadableSheetException("xlsx.too-many-parts", 0, null, number(MAX_PARTS));
                }
                long size = entry.getSize();
                if (size > MAX_UNPACKED_PART) {
                    throw new UnreadableSheetException("xlsx.too-big", 0, null, entry.getName(), number(size), number(MAX_UNPACKED_PART));
                }
                total += Math.max(size, 0);
                if (total > MAX_UNPACKED_TOTAL) {
                    throw new UnreadableSheetException("xlsx.too-big-total", 0, null, number(total), number(MAX_UNPACKED_TOTAL));
                }
            }
        } catch (ZipException e) {
            throw new UnreadableSheetException("xlsx.broken", "not a zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableSheetException("xlsx.broken", "cannot read the zip directory: " + e.getMessage(), e);
        }
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
