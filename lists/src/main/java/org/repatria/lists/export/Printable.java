package org.repatria.lists.export;

import java.util.EnumMap;
import java.util.Map;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.lists.ListDocument;

/**
 * A list with every text cut to one character more than {@link PdfExport#PRINTED}, before it is romanized and laid out
 * for print: a field stored before the import limits (docs/decisions/0163) must not cost minutes of transliteration or
 * line breaking. The PDF's hash is still that of the whole list.
 */
public final class Printable {
    private static final int KEPT = Table.ROMANIZED;

    private Printable() {
    }

    /** {@code list} with its long texts cut. */
    public static ListDocument of(ListDocument list) {
        return new ListDocument(cut(list.title()), cut(list.author()), list.date(),
                list.persons().stream().map(Printable::person).toList());
    }

    private static Person person(Person p) {
        Map<DetailField, DetailValue> details = new EnumMap<>(DetailField.class);
        p.details().values().forEach((field, value) -> details.put(field,
                value instanceof DetailValue.Text(String text) ? new DetailValue.Text(cut(text)) : value));
        return new Person(cut(p.rowId()), name(p.name()), name(p.latin()), p.sex(), p.birthDate(), cut(p.birthPlace()),
                cut(p.militaryId()), cut(p.rank()), cut(p.unit()), p.category(), new Details(details));
    }

    private static PersonName name(PersonName name) {
        return new PersonName(cut(name.surname()), cut(name.givenName()), cut(name.patronymic()));
    }

    private static String cut(String text) {
        if (text.length() <= KEPT) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(KEPT - 1)) ? KEPT - 1 : KEPT);
    }
}
