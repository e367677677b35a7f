package org.repatria.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.export.CsvExport;
import org.repatria.match.PersonRecord;

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
            case ImportResult.Accepted a -> new MatchInput(a.list().persons().stream().map(MatchInput::record).toList(),
                    lines, true);
            case ImportResult.Rejected r -> new MatchInput(List.of(), lines, false);
        };
    }

    static PersonRecord record(Person p) {
        String sex = switch (p.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNKNOWN -> "";
        };
        return new PersonRecord(p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(), sex,
                birthDate(p.birthDate()), p.birthPlace(), p.militaryId(), p.unit(), address(p));
    }

    /** The family's address (a child's, AP I 78), else the address of the person to notify (GC III 122). */
    private static String address(Person p) {
        return p.details().get(DetailField.FAMILY_ADDRESS).or(() -> p.details().get(DetailField.NOTIFY_ADDRESS))
                .map(DetailValue::display).orElse("");
    }

    /** The matcher reads a day or a year; a month alone is kept as its year. */
    private static String birthDate(PartialDate date) {
        return switch (date) {
            case PartialDate.Day d -> d.iso();
            case PartialDate.Year y -> y.iso();
            case PartialDate.Month m -> Integer.toString(m.month().getYear());
            case PartialDate.Unknown u -> "";
        };
    }
}
