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
 * (normalized, with warnings the user may accept) or every error found and no row at all.
 */
public final class ListImport {
    private ListImport() {
    }

    /** Reads {@code bytes} (a CSV or XLSX file) with {@code options}. Never throws for bad content. */
    public static ImportResult read(byte[] bytes, ImportOptions options) {
        Importer importer = new Importer(options);
        SheetInfo sheet;
        try {
            sheet = Sheets.read(bytes, options.encoding(), importer);
        } catch (UnreadableSheetException e) {
            return new ImportResult.Rejected(java.util.List.of(Problem.error(0, "", e.code(), e.detail())));
        }
        return importer.finish(sheet);
    }

    /** Reads the file at {@code path}; an {@link IOException} only when the file itself cannot be read. */
    public static ImportResult read(Path path, ImportOptions options) throws IOException {
        return read(Files.readAllBytes(path), options);
    }
}
