package org.repatria.match.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.PersonRecord;

class ContradictionTest {
    private static PersonRecord row(String id, String given, String patronymic, String sex, String date, String militaryId) {
        return new PersonRecord(id, "Ковальчук", given, patronymic, sex, date, "", militaryId, "");
    }

    /** The server's fixture: a man in Ukrainian and in Russian, then a boy of the same name on a children's list. */
    private static PersonIndex manTwiceThen(PersonRecord other) {
        PersonIndex index = new PersonIndex();
        index.add("ua", List.of(row("u1", "Олександр", "Петрович", "Ч", "1990-03-14", "MI-555001")));
        index.add("ru", List.of(row("r1", "Александр", "Петрович", "М", "1990-03-14", "MI-555001")));
        index.add("children", List.of(other));
        return index;
    }

    private static boolean joinsTheMan(PersonIndex index, String list) {
        return index.personOf(new RowRef(list, "x")) == index.personOf(new RowRef("ua", "u1"));
    }

    @Test
    void aChildBornTwentyFiveYearsLaterIsNeverTheManOfTheSameName() {
        PersonIndex index = manTwiceThen(row("x", "Олександр", "Олександрович", "Ч", "2015-05-01", ""));

        assertThat(joinsTheMan(index, "children")).isFalse();
    }

    @Test
    void aWomanIsNeverTheManOfTheSameName() {
        PersonIndex index = manTwiceThen(row("x", "Олександр", "Петрович", "Ж", "1990-03-14", ""));

        assertThat(joinsTheMan(index, "children")).isFalse();
    }

    @Test
    void anotherMilitaryIdIsAnotherMan() {
        PersonIndex index = manTwiceThen(row("x", "Олександр", "Петрович", "Ч", "1990-03-14", "KX-901772"));

        assertThat(joinsTheMan(index, "children")).isFalse();
    }

    @Test
    void theSameManWithASlipInHisYearAndIdStillJoins() {
        PersonIndex index = manTwiceThen(row("x", "Олександр", "Петрович", "Ч", "1909-03-14", "MI-555011"));

        assertThat(joinsTheMan(index, "children")).isTrue();
    }

    @Test
    void twoRowsOfOneNewListThatContradictAreTwoPersons() {
        PersonIndex index = new PersonIndex();
        index.add("ua", List.of(row("a", "Олександр", "Петрович", "Ч", "1990-03-14", ""),
                row("b", "Олександр", "Петрович", "Ч", "2015-03-14", ""),
                row("c", "Олександр", "Петрович", "Ч", "", "")));

        assertThat(index.personOf(new RowRef("ua", "a"))).isNotEqualTo(index.personOf(new RowRef("ua", "b")));
    }

    @Test
    void slipsAreNotDifferences() {
        assertThat(Contradiction.differ("1990", "1909")).isFalse();
        assertThat(Contradiction.differ("mi555001", "mi555011")).isFalse();
        assertThat(Contradiction.differ("mi555001", "mi55501")).isFalse();
        assertThat(Contradiction.differ("1990", "2015")).isTrue();
        assertThat(Contradiction.differ("mi555001", "kx901772")).isTrue();
    }
}
