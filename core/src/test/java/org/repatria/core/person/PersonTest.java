package org.repatria.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTest {
    static final PersonName NAME = new PersonName("Ковальчук", "Олександр", "");
    static final PersonName LATIN = new PersonName("Kovalchuk", "Oleksandr", "");

    static Person person(String rowId, String place, String militaryId, String rank, String unit) {
        return new Person(rowId, NAME, LATIN, Sex.MALE, PartialDate.unknown(), place, militaryId, rank, unit, Category.POW);
    }

    @Test
    void rowIdIsRequired() {
        assertThatThrownBy(() -> person(" ", "", "", "", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row id");
        assertThatThrownBy(() -> person(null, "", "", "", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowIdIsStripped() {
        assertThat(person(" 17 ", "", "", "", "").rowId()).isEqualTo("17");
    }

    @Test
    void missingTextFieldsBecomeEmptyStrings() {
        Person p = person("1", null, null, null, null);

        assertThat(p.birthPlace() + p.militaryId() + p.rank() + p.unit()).isEmpty();
    }

    @Test
    void textFieldsAreStripped() {
        Person p = person("1", " Житомир ", " АА123 ", " сержант ", " в/ч А0001 ");

        assertThat(p).isEqualTo(person("1", "Житомир", "АА123", "сержант", "в/ч А0001"));
    }

    @Test
    void namesSexBirthDateAndCategoryAreRequired() {
        assertThatThrownBy(() -> new Person("1", null, LATIN, Sex.MALE, PartialDate.unknown(), "", "", "", "", Category.POW))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new Person("1", NAME, LATIN, null, PartialDate.unknown(), "", "", "", "", Category.POW))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sex");
        assertThatThrownBy(() -> new Person("1", NAME, LATIN, Sex.MALE, null, "", "", "", "", Category.POW))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("birthDate");
        assertThatThrownBy(() -> new Person("1", NAME, LATIN, Sex.MALE, PartialDate.unknown(), "", "", "", "", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("category");
    }
}
