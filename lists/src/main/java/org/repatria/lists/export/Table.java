package org.repatria.lists.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.lists.ListDocument;
import org.repatria.lists.field.Field;
import org.repatria.lists.latin.Language;
import org.repatria.lists.latin.Romanizer;
import org.repatria.lists.latin.Scheme;

/**
 * A list laid out as text cells: the canonical core columns, the Latin name by the passport scheme
 * and by BGN/PCGN beside the name, then the detail fields any entry gives. Shared by all formats.
 */
public record Table(List<String> header, List<List<String>> rows) {
    /** The core columns, in the order of DESIGN.md's "Person list CSV". */
    static final List<String> CORE = List.of("id", "surname", "given_name", "patronymic", "latin_surname",
            "latin_given_name", "latin_patronymic", "latin_bgn", "sex", "birth_date", "birth_place",
            "military_id", "unit", "rank", "category");

    /**
     * A name part longer than this (stored before the import limits of docs/decisions/0163) is not romanized: the
     * transliterator would spend tens of seconds on a million characters. The name as written is still exported.
     */
    static final int ROMANIZED = org.repatria.core.person.Person.MAX_TEXT + 1;
    private static final PersonName UNROMANIZED = new PersonName("", "", "");

    /** Lays out {@code list}. */
    public static Table of(ListDocument list) {
        Set<DetailField> used = EnumSet.noneOf(DetailField.class);
        list.persons().forEach(p -> used.addAll(p.details().values().keySet()));
        List<String> header = new ArrayList<>(CORE);
        used.forEach(f -> header.add(Field.of(f).canonical()));
        Romanizer romanizer = Romanizer.create();
        Language usual = Language.usual(list.persons().stream().map(Table::evident))
                .or(() -> Language.evidentIn(list.title())).orElse(Language.UKRAINIAN);
        List<List<String>> rows = new ArrayList<>(list.persons().size());
        for (Person p : list.persons()) {
            Language language = evident(p).orElse(usual);
            boolean romanized = romanizable(p.name());
            PersonName passport = romanized ? romanizer.latin(p.name(), Scheme.PASSPORT, language) : UNROMANIZED;
            PersonName bgn = romanized ? romanizer.latin(p.name(), Scheme.BGN, language) : UNROMANIZED;
            List<String> row = new ArrayList<>(header.size());
            row.addAll(List.of(p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(),
                    passport.surname(), passport.givenName(), passport.patronymic(), bgn.full(), sex(p),
                    p.birthDate().iso(), p.birthPlace(), p.militaryId(), p.unit(), p.rank(), p.category().name()));
            for (DetailField field : used) {
                row.add(p.details().get(field).map(DetailValue::display).orElse(""));
            }
            rows.add(row);
        }
        return new Table(List.copyOf(header), rows);
    }

    private static boolean romanizable(PersonName name) {
        return name.surname().length() <= ROMANIZED && name.givenName().length() <= ROMANIZED
                && name.patronymic().length() <= ROMANIZED;
    }

    private static Optional<Language> evident(Person p) {
        return Language.of(p.name(), p.birthPlace());
    }

    /** The record's sex as a list cell: M, F or empty. */
    static String sex(Person p) {
        return switch (p.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNKNOWN -> "";
        };
    }
}
