package org.repatria.server.tracing;

import java.util.Arrays;
import java.util.List;
import org.repatria.core.child.CaseField;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.match.name.Names;
import org.repatria.match.trace.ChildRecord;
import org.repatria.match.trace.KnownAs;
import org.repatria.server.child.ChildCase;

/** A child's case, and a list row, as the child search reads them. */
final class CaseRecord {
    private static final Names NAMES = new Names();

    private CaseRecord() {
    }

    /** The case as the family gives it: the row, the parents' names, the removal, the other names and birth dates. */
    static ChildRecord of(ChildCase c) {
        Person p = c.child();
        String since = c.particulars().get(CaseField.REMOVAL_DATE).orElse("");
        return record(p.rowId(), p, since);
    }

    /** The names and birth dates the case's particulars know the child by besides the list's (20 of each at most). */
    static KnownAs knownAs(ChildCase c) {
        return new KnownAs(lines(c.particulars().get(CaseField.OTHER_NAMES).orElse("")),
                lines(c.particulars().get(CaseField.OTHER_BIRTH_DATES).orElse("")));
    }

    /** A list's row as a candidate record, under {@code id}; {@code since} is when it was placed, if known. */
    static ChildRecord record(String id, Person p, String since) {
        String[] father = parent(p, DetailField.FATHER_NAME);
        String[] mother = parent(p, DetailField.MOTHER_NAME);
        return new ChildRecord(id, cut(p.name().surname()), cut(p.name().givenName()), cut(p.name().patronymic()),
                p.sex().name(), date(p.birthDate()), cut(p.birthPlace()), father[0], mother[0], mother[1], cut(since));
    }

    /** A date as the search reads it: a day or a year (a month alone is read as its year). */
    static String date(PartialDate d) {
        String iso = d.iso();
        return iso.length() == 7 ? iso.substring(0, 4) : iso;
    }

    /** A parent's given name and surname from a name written whole (Петро Бондар, Бондар Петро Іванович). */
    private static String[] parent(Person p, DetailField field) {
        String whole = p.details().get(field).map(DetailValue::display).orElse("").strip();
        if (whole.isEmpty()) {
            return new String[] {"", ""};
        }
        String[] words = whole.split("\\s+");
        int given = 0;
        for (int i = 0; i < words.length; i++) {
            if (!NAMES.given(words[i]).equivalence().isEmpty()) {
                given = i;
                break;
            }
        }
        int at = given;
        String surname = words.length < 2 ? "" : words[at == 0 ? 1 : 0];
        return new String[] {cut(words[at]), cut(surname)};
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .map(CaseRecord::cut).limit(KnownAs.MAX).toList();
    }

    private static String cut(String s) {
        return s.length() > ChildRecord.MAX_FIELD ? s.substring(0, ChildRecord.MAX_FIELD) : s;
    }
}
