package org.repatria.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private ListImport() {
    }

    /** Reads {@code bytes} (a CSV or XLSX file) with {@code options}. Never throws for bad content. */
    public static ImportResult read(byte[] bytes, ImportOptions options) {
        Importer importer = new Importer(options, false);
        SheetInfo sheet;
        try {
            sheet = Sheets.read(bytes, options.encoding(), importer);
        } catch (UnreadableSheetException e) {
            return new ImportResult.Rejected(java.util.List.of(Problem.error(0, "", e.code(), e.detail())));
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
        Importer importer = new Importer(options, true);
        SheetInfo sheet;
        try {
            sheet = Sheets.read(bytes, options.encoding(), importer);
        } catch (UnreadableSheetException e) {
            return new LinkableList.Unlinkable(java.util.List.of(Problem.error(0, "", e.code(), e.detail())), 0);
        }
        return importer.finishForLinking(sheet);
    }

    /** Reads the file at {@code path}; an {@link IOException} only when the file itself cannot be read. */
    public static ImportResult read(Path path, ImportOptions options) throws IOException {
        return read(Files.readAllBytes(path), options);
    }
}
