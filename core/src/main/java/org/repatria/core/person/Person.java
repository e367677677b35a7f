package org.repatria.core.person;

import java.util.Objects;

/**
 * The canonical person record, one row of a list. Text fields are never null: an empty string
 * means the list did not give it. {@code name} is as written (any script); {@code latin} is its
 * Latin transliteration (equal to {@code name} when written in Latin).
 *
 * @param rowId   the row's identifier within its list, as given by the author party
 * @param details what the Geneva Conventions ask beyond these fields (capture, death, burial, a
 *                child's parents...), those the list gives
 */
public record Person(
        String rowId,
        PersonName name,
        PersonName latin,
        Sex sex,
        PartialDate birthDate,
        String birthPlace,
        String militaryId,
        String rank,
        String unit,
        Category category,
        Details details) {

    /**
     * The most characters a text field of a person (a name part, a place, an id, a rank, a unit) may hold when it comes
     * in: the JSON API and every list import (CSV, XLSX) refuse a longer one, naming it. Stored rows are not checked.
     */
    public static final int MAX_TEXT = 200;

    public Person {
        if (rowId == null || rowId.isBlank()) {
            throw new IllegalArgumentException("a person needs a row id");
        }
        rowId = rowId.strip();
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latin, "latin");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(category, "category");
        birthPlace = Objects.requireNonNullElse(birthPlace, "").strip();
        militaryId = Objects.requireNonNullElse(militaryId, "").strip();
        rank = Objects.requireNonNullElse(rank, "").strip();
        unit = Objects.requireNonNullElse(unit, "").strip();
        Objects.requireNonNull(details, "details");
    }

    /** A person without detail fields. */
    public Person(String rowId, PersonName name, PersonName latin, Sex sex, PartialDate birthDate, String birthPlace,
                  String militaryId, String rank, String unit, Category category) {
        this(rowId, name, latin, sex, birthDate, birthPlace, militaryId, rank, unit, category, Details.none());
    }
}
