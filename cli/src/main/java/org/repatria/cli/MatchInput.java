package org.repatria.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.LinkableList;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.export.CsvExport;
import org.repatria.match.PersonRecord;
import org.repatria.server.linkage.MatchRecords;

/**
 * A person list read for matching through the lists module, with the same checks and messages as {@code validate}
 * (docs/decisions/0082), but a row's errors do not refuse the list: the row is linked without the fields at fault
 * (docs/decisions/0155), since the list to link is usually the other side's and nobody here can correct it. Rows that
 * give no category are checked as {@link #NEUTRAL}: matching needs no mandatory field, a missing one simply weighs nothing.
 *
 * @param people   the rows as the matcher takes them (empty when the list cannot be linked)
 * @param lines    one {@code file,row,column,message} line per problem, warnings starting with "warning: ", at most
 *                 {@link LinkableList#MAX_PROBLEMS} and then one line counting the rest
 * @param linkable whether the file is a list that can be linked (read, with a header and the required columns)
 * @param errors   how many of the problems are errors (the first {@link LinkableList#MAX_PROBLEMS} problems)
 */
record MatchInput(List<PersonRecord> people, List<String> lines, boolean linkable, int errors) {
    /** The category without mandatory names, birth date or age limits. */
    static final Category NEUTRAL = Category.REMAINS;
    /** Larger than any list of a million rows; a guard against reading a runaway file into memory. */
    static final long MAX_BYTES = 1L << 30;

    /** Reads {@code file}; an {@link IOException} only when the file itself cannot be read. */
    static MatchInput read(Path file, ImportOptions options) throws IOException {
        String name = CsvExport.field(file.toString());
        if (Files.size(file) > MAX_BYTES) {
            return new MatchInput(List.of(), List.of(name + ",0,," + CsvExport.field(
                    "the file is larger than " + (MAX_BYTES >> 20) + " MiB; split the list")), false, 1);
        }
        ImportOptions checked = options.category().isPresent() ? options : options.withCategory(NEUTRAL);
        LinkableList result = ListImport.forLinking(Files.readAllBytes(file), checked);
        List<String> lines = new ArrayList<>();
        for (Problem p : result.problems()) {
            String message = (p.isError() ? "" : "warning: ") + p.message(Locale.ENGLISH);
            lines.add(name + "," + p.row() + "," + CsvExport.field(p.column()) + "," + CsvExport.field(message));
        }
        if (result.unlisted() > 0) {
            lines.add(name + ",0,," + CsvExport.field(String.format(Locale.ROOT,
                    "and %d more problems, not listed (repatria validate lists them all)", result.unlisted())));
        }
        int errors = (int) result.problems().stream().filter(Problem::isError).count();
        return switch (result) {
            case LinkableList.Linkable a -> new MatchInput(a.list().persons().stream().map(MatchRecords::of).toList(),
                    lines, true, errors);
            case LinkableList.Unlinkable u -> new MatchInput(List.of(), lines, false, errors);
        };
    }
}
