package org.repatria.match.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.PersonRecord;

class PersonIndexTest {
    static PersonRecord p(String id, String surname, String given, String patronymic, String sex, String date) {
        return new PersonRecord(id, surname, given, patronymic, sex, date, "", "", "");
    }

    static final List<PersonRecord> UKRAINIAN = List.of(
            p("1", "Ковальчук", "Олександр", "Миколайович", "Ч", "12.03.1998"),
            p("2", "Шевченко", "Андрій", "Петрович", "Ч", "1990-05-01"),
            p("3", "Бондаренко", "Юлія", "Сергіївна", "Ж", "1985"),
            p("4", "Мельник", "Іван", "Васильович", "Ч", "1979-11-30"),
            p("5", "Мельник", "Петро", "Васильович", "Ч", "1982-02-17"));
    static final List<PersonRecord> RUSSIAN = List.of(
            p("1", "Ковальчук", "Александр", "Николаевич", "М", "1998-03-12"),
            p("2", "Shevchenko", "Andrii", "Petrovych", "M", "1990-05-01"),
            p("3", "Бондаренко", "Юлия", "Сергеевна", "Ж", "1985-02-02"),
            p("4", "Мельник", "Иван", "Васильевич", "М", "1979-11-30"),
            p("5", "Кравец", "Пётр", "", "М", "1960-01-01"));

    static PersonIndex twoLists() {
        PersonIndex index = new PersonIndex();
        index.add("uk", UKRAINIAN);
        index.add("ru", RUSSIAN);
        return index;
    }

    @Test
    void rowsOfOnePersonOnTwoListsInTwoScriptsAreOnePerson() {
        PersonIndex index = twoLists();

        assertThat(index.personOf(new RowRef("ru", "1"))).isEqualTo(index.personOf(new RowRef("uk", "1")));
        assertThat(index.personOf(new RowRef("ru", "2"))).isEqualTo(index.personOf(new RowRef("uk", "2")));
        assertThat(index.personOf(new RowRef("ru", "4"))).isEqualTo(index.personOf(new RowRef("uk", "4")));
    }

    @Test
    void aBrotherIsAnotherPerson() {
        PersonIndex index = twoLists();

        assertThat(index.personOf(new RowRef("uk", "5"))).isNotEqualTo(index.personOf(new RowRef("uk", "4")));
    }

    @Test
    void addingAListSaysWhichPersonEachNewRowJoined() {
        PersonIndex index = new PersonIndex();
        index.add("uk", UKRAINIAN);

        Joined joined = index.add("ru", RUSSIAN);

        assertThat(joined.personOfNewRow()).hasSize(5)
                .containsEntry(new RowRef("ru", "4"), index.personOf(new RowRef("uk", "4")));
        assertThat(joined.links()).anyMatch(l -> l.kind() == PersonLink.Kind.MATCH
                && l.a().equals(new RowRef("ru", "4")) && l.b().equals(new RowRef("uk", "4")));
    }

    @Test
    void thePersonsRowsAreInJoiningOrder() {
        PersonIndex index = twoLists();

        assertThat(index.rows(index.personOf(new RowRef("ru", "4"))))
                .containsExactly(new RowRef("uk", "4"), new RowRef("ru", "4"));
        assertThat(index.size()).isEqualTo(10);
    }

    @Test
    void anUnknownRowIsRefusedByName() {
        assertThatThrownBy(() -> twoLists().personOf(new RowRef("uk", "99")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uk/99");
    }

    @Test
    void aListCannotBeAddedTwice() {
        PersonIndex index = twoLists();

        assertThatThrownBy(() -> index.add("uk", UKRAINIAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uk/1");
        assertThat(index.size()).isEqualTo(10);
    }

    @Test
    void linksInsideAPersonCarryReasonsPerField() {
        PersonIndex index = twoLists();

        List<PersonLink> links = index.links(index.personOf(new RowRef("uk", "4")));

        assertThat(links).hasSize(1);
        assertThat(links.getFirst().kind()).isEqualTo(PersonLink.Kind.MATCH);
        assertThat(links.getFirst().explanation().contributions()).anyMatch(c -> c.field().equals("birth_date"));
    }
}
