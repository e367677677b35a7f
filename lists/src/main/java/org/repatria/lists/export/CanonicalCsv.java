package org.repatria.lists.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;
import org.repatria.lists.field.Field;

/**
 * The one byte form of a list's rows that its author signs (docs/decisions/0065): UTF-8 without a byte-order mark,
 * LF line ends, every text in Unicode NFC, a fixed header (the core fields of the person record, its Latin name,
 * then every detail field in {@link DetailField} order, given or not) and the rows in the list's order. Nothing in
 * it depends on the machine, the locale or a transliteration library: the Latin name is the record's own.
 */
public final class CanonicalCsv {
    /** The fixed header: core columns, then every detail field's canonical name. */
    public static final List<String> HEADER = header();

    private CanonicalCsv() {
    }

    /** The canonical bytes of {@code persons}, in their order. */
    public static byte[] write(List<Person> persons) {
        StringBuilder out = new StringBuilder(512 + persons.size() * 160);
        line(out, HEADER);
        List<String> cells = new ArrayList<>(HEADER.size());
        for (Person p : persons) {
            cells.clear();
            cells.addAll(List.of(p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(),
                    p.latin().surname(), p.latin().givenName(), p.latin().patronymic(), Table.sex(p), p.birthDate().iso(),
                    p.birthPlace(), p.militaryId(), p.unit(), p.rank(), p.category().name()));
            for (DetailField field : DetailField.values()) {
                cells.add(p.details().get(field).map(DetailValue::display).orElse(""));
            }
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        CsvExport.line(out, cells.stream().map(c -> Normalizer.normalize(c, Normalizer.Form.NFC)).toList(), "\n");
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", "surname", "given_name", "patronymic", "latin_surname",
                "latin_given_name", "latin_patronymic", "sex", "birth_date", "birth_place", "military_id", "unit", "rank",
                "category"));
        for (DetailField field : DetailField.values()) {
            header.add(Field.of(field).canonical());
        }
        return List.copyOf(header);
    }
}
