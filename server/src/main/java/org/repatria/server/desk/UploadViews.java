package org.repatria.server.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.lists.check.Problem;
import org.repatria.lists.field.Field;

/** The upload page's models; problem messages are already in the page's language. */
final class UploadViews {
    private UploadViews() {
    }

    /** What an upload came to: {@code errors} when the problems reject the list, {@code held} when it awaits "import anyway". */
    record Outcome(UploadForm form, List<Problem> problems, boolean errors, Optional<String> held, Optional<Fault> fault) {
    }

    /** What stopped the upload before or instead of its rows' problems: a message key and what fills it in. */
    record Fault(String key, List<String> args) {
        static Optional<Fault> of(String key, String... args) {
            return Optional.of(new Fault(key, List.of(args)));
        }

        String in(Text t) {
            return args.isEmpty() ? t.get(key) : t.format(key, args.toArray());
        }
    }

    /** A problem as shown: row, column, whether it is an error, and the message. */
    record Line(String row, String column, boolean error, String message) {
    }

    /** A choice in a select: its value and label. */
    record Choice(String value, String label) {
    }

    /** The headers the importer did not recognise (and skipped), in the order of the file. */
    static List<String> unknownColumns(List<Problem> problems) {
        return problems.stream().filter(p -> p.code().equals("header.unknown")).map(Problem::column).distinct().toList();
    }

    /** {@code held}: the id of the file kept server-side, for "import anyway" (no errors) and for mapping columns. */
    record Upload(Page page, UploadForm form, List<Line> problems, boolean errors, Optional<String> held,
                  Optional<String> fault, List<Choice> purposes, List<Choice> categories, List<String> unknown, List<String> fields) {

        /** A failed import offers the template of the expected columns. */
        boolean failed() {
            return errors || fault.isPresent();
        }

        String template() {
            return UploadTemplate.PATH;
        }

        static Upload of(Page page, Outcome o) {
            Text t = page.t();
            List<Line> lines = o.problems().stream().map(p -> new Line(p.row() == 0 ? "—" : t.number(p.row()), p.column(),
                    p.isError(), p.message(page.lang().locale()))).toList();
            List<Choice> purposes = Arrays.stream(ListPurpose.values())
                    .map(v -> new Choice(v.name().toLowerCase(Locale.ROOT), t.of("purpose", v))).toList();
            List<Choice> categories = Arrays.stream(Category.values())
                    .map(v -> new Choice(v.name().toLowerCase(Locale.ROOT), t.of("category", v))).toList();
            return new Upload(page, o.form(), lines, o.errors(), o.held(), o.fault().map(f -> f.in(t)), purposes, categories,
                    unknownColumns(o.problems()), Field.all().stream().map(Field::canonical).toList());
        }
    }
}
