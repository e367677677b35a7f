package org.repatria.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.export.CsvExport;
import org.repatria.match.PersonRecord;
import org.repatria.server.linkage.MatchRecords;

/**
 * A person list read for matching through the lists module, so that {@code match} accepts, warns and refuses with the
 * same checks and messages as {@code validate} (docs/decisions/0082). Rows that give no category are checked as
 * {@link #NEUTRAL}: matching needs no mandatory field, a missing one simply weighs nothing.
 *
 * @param people   the rows as the matcher takes them (empty when the list was refused)
 * @param lines    one {@code file,row,column,message} line per problem, warnings starting with "warning: "
 * @param accepted whether the list has no error
 */
record MatchInput(List<PersonRecord> people, List<String> lines, boolean accepted) {
    /** The category without mandatory names, birth date or age limits. */
    static final Category NEUTRAL = Category.REMAINS;

    /** Reads {@code file}; an {@link IOException} only when the file itself cannot be read. */
    static MatchInput read(Path file, ImportOptions options) throws IOException {
        ImportOptions checked = options.category().isPresent() ? options : options.withCategory(NEUTRAL);
        ImportResult result = ListImport.read(Files.readAllBytes(file), checked);
        List<String> lines = new ArrayList<>();
        for (Problem p : result.problems()) {
            String message = (p.isError() ? "" : "warning: ") + p.message(Locale.ENGLISH);
            lines.add(CsvExport.field(file.toString()) + "," + p.row() + "," + CsvExport.field(p.column()) + ","
                    + CsvExport.field(message));
        }
        return switch (result) {
            case ImportResult.Accepted a -> new MatchInput(a.list().persons().stream().map(MatchRecords::of).toList(),
                    lines, true);
            case ImportResult.Rejected r -> new MatchInput(List.of(), lines, false);
        };
    }
}
