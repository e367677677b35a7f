package org.repatria.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.repatria.lists.check.Problem;
import org.repatria.lists.sheet.SheetInfo;
import org.repatria.lists.sheet.Sheets;
import org.repatria.lists.sheet.UnreadableSheetException;

/**
 * Reads a person list from CSV or XLSX bytes, all or nothing: the result holds either every row
 * (normalized, with warnings the user may accept) or every error found and no row at all. A list read to be linked
 * with another ({@link #forLinking}) is taken as far as it can be read instead.
 */
public final class ListImport {
    /** The most bytes a list file may have (64 MiB); a bigger one is refused before it is read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most rows a sheet may have, blank ones included: more than any exchange list, a guard against a runaway file. */
    public static final int MAX_ROWS = 1_000_000;
    /** At most this many problems are reported (the rest are counted, or reading stops): a report stays small. */
    public static final int MAX_PROBLEMS = 1_000;

    private ListImport() {
    }

    /** Reads {@code bytes} (a CSV or XLSX file) with {@code options}. Never throws for bad content. */
    public static ImportResult read(byte[] bytes, ImportOptions options) {
        if (bytes.length > MAX_BYTES) {
            return new ImportResult.Rejected(List.of(tooBig(bytes)));
        }
        Importer importer = new Importer(options, false);
        SheetInfo sheet;
        try {
            sheet = Sheets.read(bytes, options.encoding(), importer);
        } catch (UnreadableSheetException e) {
            return new ImportResult.Rejected(List.of(problem(e)));
        }
        return importer.finish(sheet);
    }

    /**
     * Reads {@code bytes} to link them with another list: the same reading and checks as {@link #read(byte[], ImportOptions)},
     * but a row with errors is kept, each field at fault left out (an impossible date as its year when that is possible;
     * a missing or repeated id replaced by one made from the row number, "#12" or "P7#12", with a warning saying so).
     * Only a file that cannot be read as a list, has no header or lacks a required column, or has more rows than a list
     * may have, is {@link LinkableList.Unlinkable}. A row is left out only when it has no category and the options give
     * none. Never throws for bad content.
     */
    public static LinkableList forLinking(byte[] bytes, ImportOptions options) {
        if (bytes.length > MAX_BYTES) {
            return new LinkableList.Unlinkable(List.of(tooBig(bytes)), 0);
        }
        Importer importer = new Importer(options, true);
        SheetInfo sheet;
        try {
            sheet = Sheets.read(bytes, options.encoding(), importer);
        } catch (UnreadableSheetException e) {
            return new LinkableList.Unlinkable(List.of(problem(e)), 0);
        }
        return importer.finishForLinking(sheet);
    }

    private static Problem problem(UnreadableSheetException e) {
        return Problem.error(e.row(), "", e.code(), e.args().toArray(String[]::new));
    }

    private static Problem tooBig(byte[] bytes) {
        return Problem.error(0, "", "file.too-big", String.format(Locale.ROOT, "%,d", bytes.length),
                String.format(Locale.ROOT, "%,d", MAX_BYTES));
    }

    /** Reads the file at {@code path}; an {@link IOException} only when the file itself cannot be read. */
    public static ImportResult read(Path path, ImportOptions options) throws IOException {
        return read(Files.readAllBytes(path), options);
    }
}
