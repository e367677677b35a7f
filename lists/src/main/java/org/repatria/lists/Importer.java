package org.repatria.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.repatria.core.person.Person;
import org.repatria.lists.check.CategoryRules;
import org.repatria.lists.check.Problem;
import org.repatria.lists.check.Repeats;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.header.Column;
import org.repatria.lists.header.Header;
import org.repatria.lists.header.HeaderFinder;
import org.repatria.lists.header.SheetRow;
import org.repatria.lists.normal.Whitespace;
import org.repatria.lists.sheet.CellNote;
import org.repatria.lists.sheet.RowSink;
import org.repatria.lists.sheet.SheetInfo;

/**
 * Takes a sheet's rows as they stream in: finds the header, reads and checks each row, keeps rows only while no error is
 * seen; or, reading for linking, keeps every row with its bad fields left out ({@link RowRepair}). Either way it keeps
 * the first {@link ListImport#MAX_PROBLEMS} errors and as many warnings and counts the rest, and once the list is refused and that many
 * problems are kept it wants no more rows: the reader stops there.
 */
final class Importer implements RowSink {

    private final ImportOptions options;
    private final boolean forLinking;
    private final List<SheetRow> leading = new ArrayList<>();
    private final List<List<CellNote>> leadingNotes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<RowReader.Draft> drafts = new ArrayList<>();
    private Header header;
    private RowReader reader;
    private CategoryRules rules;
    private Repeats repeats;
    private RowRepair repair;
    private boolean failed;
    private int rows;
    private int dataRows;
    private int unlisted;
    private int unlistedErrors;
    private int stoppedAt;
    private int errors;
    private int warnings;
    private int lastRow;
    private boolean tooLong;

    /** {@code forLinking}: a row's errors leave its bad fields out instead of refusing the list. */
    Importer(ImportOptions options, boolean forLinking) {
        this.options = options;
        this.forLinking = forLinking;
    }

    @Override
    public void row(int number, List<String> cells, List<CellNote> notes) {
        if (stoppedAt > 0) {
            return;
        }
        lastRow = number;
        if (++rows > ListImport.MAX_ROWS) {
            tooLong(number, ListImport.MAX_ROWS);
            return;
        }
        if (header == null) {
            if (!blank(cells)) {
                leading.add(new SheetRow(number, cells));
                leadingNotes.add(notes);
                if (leading.size() == HeaderFinder.SEARCH_ROWS) {
                    locate();
                }
            }
            return;
        }
        if (reader != null) {
            data(number, cells, notes);
        }
    }

    @Override
    public int longestCell() {
        return Person.MAX_TEXT;
    }

    @Override
    public boolean wantsMore() {
        if (stoppedAt == 0 && failed && errors >= ListImport.MAX_PROBLEMS) {
            stoppedAt = Math.max(lastRow, 1);
        }
        return stoppedAt == 0;
    }

    /** The outcome, once every row has arrived (or reading stopped). */
    ImportResult finish(SheetInfo sheet) {
        if (header == null) {
            locate();
        }
        problems.sort(Comparator.comparingInt(Problem::row)); // stable: within a row, the order found
        if (stoppedAt > 0 && !tooLong) {
            problems.add(Problem.error(stoppedAt, "", "problems.stopped", number(ListImport.MAX_PROBLEMS),
                    number(stoppedAt)));
        } else if (!forLinking) {
            if (unlistedErrors > 0) {
                problems.add(Problem.error(0, "", "problems.more", number(unlistedErrors)));
            }
            if (unlisted > unlistedErrors) {
                problems.add(Problem.warning(0, "", "warnings.more", number(unlisted - unlistedErrors)));
            }
        }
        if (failed) {
            return new ImportResult.Rejected(problems);
        }
        return new ImportResult.Accepted(new ImportedList(sheet, header, RowRomanizer.rows(drafts, header, surroundings())), problems);
    }

    /** The outcome of a read for linking, once every row has arrived. */
    LinkableList finishForLinking(SheetInfo sheet) {
        return switch (finish(sheet)) {
            case ImportResult.Rejected r -> new LinkableList.Unlinkable(r.problems(), unlisted);
            case ImportResult.Accepted a -> new LinkableList.Linkable(a.list(), a.problems(), unlisted);
        };
    }

    private void locate() {
        Optional<Header> found = new HeaderFinder(options.mapping()).find(leading);
        if (found.isEmpty()) {
            header = new Header(0, List.of());
            fail(Problem.error(leading.isEmpty() ? 0 : leading.get(0).number(), "", "header.not-found"));
            return;
        }
        header = found.get();
        checkHeader();
        reader = new RowReader(header, options.category());
        rules = new CategoryRules(header, options.listDate());
        repeats = new Repeats(header.nameOf(CoreField.ID));
        repair = new RowRepair(header, reader, rules);
        for (int i = 0; i < leading.size(); i++) {
            if (leading.get(i).number() > header.row()) {
                data(leading.get(i).number(), leading.get(i).cells(), leadingNotes.get(i));
            }
        }
    }

    private void checkHeader() {
        int row = header.row();
        List<Column> seen = new ArrayList<>();
        for (Column column : header.columns()) {
            if (column.field().isEmpty()) {
                if (!column.header().isEmpty() && !column.derived()) {
                    report(Problem.warning(row, column.header(), "header.unknown"));
                }
            } else if (seen.stream().anyMatch(c -> c.field().equals(column.field()))) {
                Problem repeated = Problem.error(row, column.header(), "header.repeated", column.field().get().canonical());
                if (forLinking) { // the first column giving the field is read
                    report(repeated);
                } else {
                    fail(repeated);
                }
            } else {
                seen.add(column);
            }
        }
        if (header.column(CoreField.ID).isEmpty()) {
            fail(Problem.error(row, "id", "header.missing", "id"));
        }
        if (header.column(CoreField.SURNAME).isEmpty() && header.column(CoreField.FULL_NAME).isEmpty()) {
            fail(Problem.error(row, "surname", "header.missing", "surname"));
        }
        if (header.column(CoreField.CATEGORY).isEmpty() && options.category().isEmpty()) {
            fail(Problem.error(row, "category", "header.no-category"));
        }
    }

    private void data(int number, List<String> cells, List<CellNote> notes) {
        if (blank(cells)) {
            return;
        }
        if (repeatsHeader(cells)) { // printed lists repeat the header on every page
            report(Problem.warning(number, "", "header.again"));
            return;
        }
        if (++dataRows > options.maxRows()) {
            tooLong(number, options.maxRows());
            return;
        }
        List<Problem> found = new ArrayList<>(2);
        for (CellNote note : notes) {
            String column = note.column() < header.columns().size() ? header.columns().get(note.column()).header()
                    : "#" + (note.column() + 1);
            found.add(switch (note.code()) {
                case "cell.formula" -> Problem.warning(number, column, note.code(), note.detail());
                case "cell.too-long" -> Problem.error(number, column, note.code(), note.detail(),
                        Integer.toString(Person.MAX_TEXT));
                default -> Problem.error(number, column, note.code(), note.detail());
            });
        }
        Optional<RowReader.Draft> draft = reader.read(number, List.copyOf(cells), found);
        boolean cellError = found.stream().anyMatch(Problem::isError);
        draft.ifPresent(d -> {
            if (!cellError) { // a row's own cells first: no age check on a date that could not be read
                rules.check(d.facts(), found);
            }
            repeats.check(d.facts(), found);
        });
        boolean error = found.stream().anyMatch(Problem::isError);
        if (forLinking) {
            if (!failed) { // a failed list's rows are only checked
                (error ? repair.read(number, cells, found) : draft).ifPresent(drafts::add);
            }
            found.forEach(this::report);
            return;
        }
        found.forEach(this::report);
        if (error || draft.isEmpty()) {
            fail(null);
        } else if (!failed) {
            drafts.add(draft.get());
        }
    }

    /** Refuses the list as longer than {@code limit} rows and stops reading. */
    private void tooLong(int number, int limit) {
        fail(Problem.error(number, "", "file.too-long", number(limit)));
        tooLong = true;
        stoppedAt = number;
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private String surroundings() {
        StringBuilder text = new StringBuilder();
        for (SheetRow row : leading) {
            if (row.number() <= header.row()) {
                row.cells().forEach(c -> text.append(c).append(' '));
            }
        }
        return text.toString();
    }

    /**
     * Keeps {@code problem} among the first {@link ListImport#MAX_PROBLEMS} of its kind (errors, warnings: a list's
     * warnings never hide its errors), or counts it.
     */
    private void report(Problem problem) {
        if ((problem.isError() ? errors : warnings) >= ListImport.MAX_PROBLEMS) {
            unlisted++;
            unlistedErrors += problem.isError() ? 1 : 0;
        } else {
            keep(problem);
        }
    }

    private void keep(Problem problem) {
        problems.add(problem);
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
    }

    /** Marks the list rejected (its problem always kept); rows kept so far are dropped, since none will be returned. */
    private void fail(Problem problem) {
        if (problem != null) {
            keep(problem);
        }
        failed = true;
        drafts.clear();
    }

    private boolean repeatsHeader(List<String> cells) {
        int same = 0;
        for (Column column : header.columns()) {
            if (column.field().isPresent()) {
                if (column.index() >= cells.size() || !Whitespace.clean(cells.get(column.index())).equals(column.header())) {
                    return false;
                }
                same++;
            }
        }
        return same > 0;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
