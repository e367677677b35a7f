package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

class RowsTest extends OnEveryEngine {
    final PersonList list = People.list(People.UA, People.T0,
            People.pow("1", "Ярош", "Іван", "1990-05-01", "АА000003", "в/ч А0002"),
            People.pow("2", "Іваненко", "Петро", "", "АА000001", "в/ч А0001"),
            new Person("3", new PersonName("Ґудзь", "Олег", ""), new PersonName("Gudz", "Oleh", ""), Sex.MALE,
                    PartialDate.parseIso("1990"), "", "ББ000001", "", "Бригада_5", Category.POW),
            People.pow("4", "Иваненко", "Сергій", "1990-05", "АА000002", "100% підрозділ"),
            People.pow("5", "Гончар", "Андрій", "1985-12-31", "АА000004", "в/ч А0002"),
            People.pow("6", "Ярош", "Адам", "1979", "АА000005", "в/ч А0001"),
            People.pow("7", "Ёлкин", "Вʼячеслав", "", "", ""));
    ListId id;

    @BeforeEach
    void storeTheList() {
        People.addParties(store());
        store().lists().add(list);
        id = list.header().id();
    }

    List<String> rowIds(String filter, RowSort sort, boolean descending) {
        return store().lists().rows(id, new RowQuery(filter, sort, descending, 0, 100)).rows().stream()
                .map(Person::rowId).toList();
    }

    @Test
    void pageSkipsAndLimitsInTheAuthorsOrder() {
        RowPage page = store().lists().rows(id, new RowQuery("", RowSort.ROW, false, 2, 3));

        assertThat(page.rows()).extracting(Person::rowId).containsExactly("3", "4", "5");
    }

    @Test
    void totalCountsEveryMatchingRowNotOnlyThePage() {
        assertThat(store().lists().rows(id, new RowQuery("", RowSort.ROW, false, 4, 1)).total()).isEqualTo(7);
        assertThat(store().lists().rows(id, new RowQuery("ярош", RowSort.ROW, false, 0, 1)).total()).isEqualTo(2);
    }

    @Test
    void pageBeyondTheEndIsEmptyButCountsTheMatches() {
        assertThat(store().lists().rows(id, new RowQuery("", RowSort.ROW, false, 100, 10))).isEqualTo(new RowPage(List.of(), 7));
    }

    @Test
    void filterMatchesCyrillicNamesWhateverTheirCase() {
        assertThat(rowIds("ІВАНЕНКО", RowSort.ROW, false)).containsExactly("2");
        assertThat(rowIds("іван", RowSort.ROW, false)).containsExactly("1", "2");
    }

    @Test
    void filterTreatsYoAsYe() {
        assertThat(rowIds("елкин", RowSort.ROW, false)).containsExactly("7");
    }

    @Test
    void filterTreatsEveryApostropheAlike() {
        assertThat(rowIds("в'ячеслав", RowSort.ROW, false)).containsExactly("7");
        assertThat(rowIds("В’ЯЧ", RowSort.ROW, false)).containsExactly("7");
    }

    @Test
    void filterMatchesTheLatinTransliteration() {
        assertThat(rowIds("GUDZ", RowSort.ROW, false)).containsExactly("3");
    }

    @Test
    void filterMatchesMilitaryIdAndUnit() {
        assertThat(rowIds("аа000001", RowSort.ROW, false)).containsExactly("2");
        assertThat(rowIds("А0002", RowSort.ROW, false)).containsExactly("1", "5");
    }

    @Test
    void filterNeverMatchesAcrossTwoFields() {
        assertThat(rowIds("ярошіван", RowSort.ROW, false)).isEmpty();
    }

    @Test
    void filterTreatsPercentAndUnderscoreAsPlainCharacters() {
        assertThat(rowIds("_", RowSort.ROW, false)).containsExactly("3");
        assertThat(rowIds("100%", RowSort.ROW, false)).containsExactly("4");
        assertThat(rowIds("%", RowSort.ROW, false)).containsExactly("4");
    }

    @Test
    void surnamesSortInTheUkrainianAndRussianAlphabetsThenByGivenName() {
        assertThat(rowIds("", RowSort.SURNAME, false)).containsExactly("5", "3", "7", "4", "2", "6", "1");
    }

    @Test
    void birthDatesSortUnknownFirstAndAYearBeforeItsMonthsAndDays() {
        assertThat(rowIds("", RowSort.BIRTH_DATE, false)).containsExactly("2", "7", "6", "5", "3", "4", "1");
    }

    @Test
    void descendingReversesTheOrder() {
        assertThat(rowIds("", RowSort.BIRTH_DATE, true)).containsExactly("1", "4", "3", "5", "6", "7", "2");
    }

    @Test
    void rowsWithTheSameUnitKeepTheAuthorsOrder() {
        assertThat(rowIds("в/ч", RowSort.UNIT, false)).containsExactly("2", "6", "1", "5");
    }

    @Test
    void militaryIdsSortCharacterByCharacter() {
        assertThat(rowIds("", RowSort.MILITARY_ID, false)).containsExactly("7", "2", "4", "1", "5", "6", "3");
    }

    @Test
    void filteredDescendingPageSkipsAndLimitsWithinTheMatches() {
        assertThat(store().lists().rows(id, new RowQuery("іван", RowSort.SURNAME, true, 1, 1)).rows())
                .extracting(Person::rowId).containsExactly("2");
    }
}
