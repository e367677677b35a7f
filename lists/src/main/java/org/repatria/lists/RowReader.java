package org.repatria.lists;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.lists.check.Problem;
import org.repatria.lists.check.RowFacts;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.field.DetailColumn;
import org.repatria.lists.field.Field;
import org.repatria.lists.header.Column;
import org.repatria.lists.header.Header;
import org.repatria.lists.normal.CleanedText;
import org.repatria.lists.normal.DateReading;
import org.repatria.lists.normal.Dates;
import org.repatria.lists.normal.NameCase;
import org.repatria.lists.normal.Scripts;
import org.repatria.lists.normal.Terms;
import org.repatria.lists.normal.Whitespace;

/** Reads one data row's cells into normalized values, adding a problem for each cell it cannot take as written. */
final class RowReader {
    private final Header header;
    private final Optional<Category> defaultCategory;

    RowReader(Header header, Optional<Category> defaultCategory) {
        this.header = header;
        this.defaultCategory = defaultCategory;
    }

    /** A read row: the facts the checks need, and the core fields' normalized text. */
    record Draft(RowFacts facts, Map<CoreField, String> core, List<String> cells) {
        Person person(PersonName latin) {
            return new Person(facts.id(), facts.name(), latin, sexOf(core.get(CoreField.SEX)), facts.birth(),
                    core.get(CoreField.BIRTH_PLACE), facts.militaryId(), core.get(CoreField.RANK),
                    core.get(CoreField.UNIT), facts.category(), facts.details());
        }
    }

    /**
     * The row as far as it could be read (an unusable cell is left out), or empty when it has no
     * category; {@code out} (this row's problems only) gets what is wrong.
     */
    Optional<Draft> read(int row, List<String> cells, List<Problem> out) {
        Map<CoreField, String> core = new EnumMap<>(CoreField.class);
        Map<DetailField, DetailValue> details = new EnumMap<>(DetailField.class);
        PartialDate birth = PartialDate.unknown();
        for (Column column : header.columns()) {
            if (column.field().isEmpty() || column.index() >= cells.size()) {
                continue;
            }
            Field field = column.field().get();
            String raw = cells.get(column.index());
            String text = Whitespace.clean(raw);
            if (text.isEmpty()) {
                continue;
            }
            switch (field.kind()) {
                case NAME, TEXT -> text = words(row, column, raw, text, out);
                case DATE -> {
                    Optional<PartialDate> date = date(row, column, raw, text, out);
                    if (date.isEmpty()) {
                        continue;
                    }
                    if (field == CoreField.BIRTH_DATE && birth instanceof PartialDate.Unknown) {
                        birth = date.get();
                    } else if (field instanceof DetailColumn(DetailField detail)) {
                        details.putIfAbsent(detail, new DetailValue.Date(date.get()));
                    }
                    continue;
                }
                default -> {
                }
            }
            if (field instanceof CoreField c) { // a field given by two columns (header.repeated): the first that has a value
                core.putIfAbsent(c, text);
            } else if (field instanceof DetailColumn(DetailField detail)) {
                details.putIfAbsent(detail, new DetailValue.Text(text));
            }
        }
        PersonName name = name(core);
        Optional<Category> category = category(row, core.get(CoreField.CATEGORY), out);
        sex(row, core.get(CoreField.SEX), out);
        String id = core.getOrDefault(CoreField.ID, "");
        if (id.isEmpty()) {
            out.add(Problem.error(row, header.nameOf(CoreField.ID), "required.id"));
        }
        if (category.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(new RowFacts(row, id, category.get(), name, birth,
                core.getOrDefault(CoreField.MILITARY_ID, ""), new Details(details)), core, cells));
    }

    /** Script repair for names and text; name case for names. */
    private static String words(int row, Column column, String raw, String text, List<Problem> out) {
        CleanedText cleaned = Scripts.repair(raw, text);
        for (String word : cleaned.unrepaired()) {
            out.add(Problem.error(row, column.header(), "script.mixed", word));
        }
        for (String word : cleaned.repaired()) {
            out.add(Problem.warning(row, column.header(), "script.repaired", word));
        }
        return column.field().orElseThrow().kind() == org.repatria.lists.field.FieldKind.NAME
                ? NameCase.of(cleaned.value()) : cleaned.value();
    }

    private static Optional<PartialDate> date(int row, Column column, String raw, String text, List<Problem> out) {
        return switch (Dates.read(text)) {
            case DateReading.Read read -> Optional.of(read.date());
            case DateReading.Swapped swapped -> {
                out.add(Problem.warning(row, column.header(), "date.swapped", raw.strip(), swapped.date().iso()));
                yield Optional.of(swapped.date());
            }
            case DateReading.Unreadable u -> {
                out.add(Problem.error(row, column.header(), "date.unreadable", raw.strip()));
                yield Optional.empty();
            }
            case DateReading.Impossible i -> {
                out.add(Problem.error(row, column.header(), "date.impossible", raw.strip()));
                yield Optional.empty();
            }
        };
    }

    /** The name parts; a full-name column fills the parts that have no column of their own. */
    private static PersonName name(Map<CoreField, String> core) {
        String surname = core.getOrDefault(CoreField.SURNAME, "");
        String given = core.getOrDefault(CoreField.GIVEN_NAME, "");
        String patronymic = core.getOrDefault(CoreField.PATRONYMIC, "");
        String full = core.get(CoreField.FULL_NAME);
        if (full != null) {
            String[] parts = full.split(" ", 3);
            surname = surname.isEmpty() ? parts[0] : surname;
            given = given.isEmpty() && parts.length > 1 ? parts[1] : given;
            patronymic = patronymic.isEmpty() && parts.length > 2 ? parts[2] : patronymic;
        }
        return new PersonName(surname, given, patronymic);
    }

    private Optional<Category> category(int row, String text, List<Problem> out) {
        if (text == null) {
            if (defaultCategory.isEmpty()) {
                out.add(Problem.error(row, header.nameOf(CoreField.CATEGORY), "required.category"));
            }
            return defaultCategory;
        }
        Optional<Category> category = Terms.category(text);
        if (category.isEmpty()) {
            out.add(Problem.error(row, header.nameOf(CoreField.CATEGORY), "category.unknown", text));
        }
        return category;
    }

    /** Checks the sex cell; the value itself is read again when the person is built. */
    private void sex(int row, String text, List<Problem> out) {
        if (text != null && Terms.sex(text).isEmpty()) {
            out.add(Problem.error(row, header.nameOf(CoreField.SEX), "sex.unknown", text));
        }
    }

    private static Sex sexOf(String text) {
        return text == null ? Sex.UNKNOWN : Terms.sex(text).orElse(Sex.UNKNOWN);
    }
}
