package org.repatria.match.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.match.person.PersonIndexTest.p;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.match.PersonRecord;

class SearchTest {
    private static PersonIndex index;
    private static long kovalchuk;

    @BeforeAll
    static void build() {
        index = new PersonIndex();
        index.add("uk", List.of(
                p("1", "Ковальчук", "Олександр", "Миколайович", "Ч", "12.03.1998"),
                p("2", "Ковальчук", "Петро", "Миколайович", "Ч", "1995-07-01"),
                p("3", "Шевченко", "Андрій", "Петрович", "Ч", "1990-05-01"),
                p("4", "Коваленко", "Олександр", "Іванович", "Ч", "1990-01-20"),
                new PersonRecord("5", "Бондар", "Юлія", "", "Ж", "1985", "", "АК123456", "")));
        index.add("ru", List.of(p("1", "Ковальчук", "Александр", "Николаевич", "М", "1998-03-12"),
                p("2", "Ткаченко", "Сергей", "", "М", "1970-01-01"),
                new PersonRecord("3", "Мельник", "Иван", "", "М", "1980-02-02", "", "СО187998", "")));
        kovalchuk = index.personOf(new RowRef("uk", "1"));
    }

    private static long first(String query) {
        List<Hit> hits = index.search(query, 10);
        assertThat(hits).as(query).isNotEmpty();
        return hits.getFirst().person();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oleksandr Kovalchuk", "Aleksandr Kovalchuk", "Alexander Kovalchuk", "Olexandr Kowalczuk",
            "Олександр Ковальчук", "Александр Ковальчук", "Ковальчук Олександр", "kovalchuk oleksandr"})
    void aNameInAnyScriptOrRomanisationFindsTheSamePersonFirst(String query) {
        assertThat(first(query)).isEqualTo(kovalchuk);
    }

    @Test
    void theHitHoldsEveryRowOfThePersonFromBothLists() {
        assertThat(index.search("Oleksandr Kovalchuk", 10).getFirst().rows())
                .containsExactly(new RowRef("uk", "1"), new RowRef("ru", "1"));
    }

    @Test
    void aSurnameAloneFindsEveryoneOfThatName() {
        assertThat(index.search("Kovalchuk", 10)).extracting(Hit::person)
                .contains(kovalchuk, index.personOf(new RowRef("uk", "2")))
                .doesNotContain(index.personOf(new RowRef("uk", "3")));
    }

    @Test
    void aBirthDateInEitherFormFindsThePerson() {
        assertThat(first("1998-03-12")).isEqualTo(kovalchuk);
        assertThat(first("12.03.1998")).isEqualTo(kovalchuk);
    }

    @Test
    void aSurnameWithAYearRanksThePersonBornThatYearFirst() {
        assertThat(first("Kovalchuk 1995")).isEqualTo(index.personOf(new RowRef("uk", "2")));
    }

    @Test
    void aYearAloneFindsThoseBornThen() {
        assertThat(index.search("1990", 10)).extracting(Hit::person).containsExactlyInAnyOrder(
                index.personOf(new RowRef("uk", "3")), index.personOf(new RowRef("uk", "4")));
    }

    @Test
    void aMilitaryIdFindsItsHolderInEitherAlphabet() {
        assertThat(first("АК123456")).isEqualTo(index.personOf(new RowRef("uk", "5")));
        assertThat(first("ak-123456")).isEqualTo(index.personOf(new RowRef("uk", "5")));
    }

    @Test
    void aMilitaryIdWrittenWithASpaceAfterItsSeriesFindsItsHolderFirst() {
        assertThat(index.search("АК 123456", 10)).extracting(Hit::person).containsExactly(index.personOf(new RowRef("uk", "5")));
        assertThat(first("AK 123456")).isEqualTo(index.personOf(new RowRef("uk", "5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"СО 187998", "CO 187998", "SO 187998", "so187998", "SO-187998"})
    void aCyrillicSeriesTypedInItsRomanisationFindsItsHolder(String query) {
        assertThat(index.search(query, 10)).extracting(Hit::person).containsExactly(index.personOf(new RowRef("ru", "3")));
    }

    @Test
    void aRomanisedSeriesWithTheWrongNumberFindsNobody() {
        assertThat(index.search("SO 187999", 10)).isEmpty();
    }

    @Test
    void aShortSurnameBeforeAYearIsStillANameAndAYear() {
        assertThat(first("Ли 1995")).isEqualTo(index.personOf(new RowRef("uk", "2")));
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(index.search("Qwrtzxq", 10)).isEmpty();
        assertThat(index.search("  ", 10)).isEmpty();
        assertThat(index.search("XZ99999999", 10)).isEmpty();
    }

    @Test
    void aQueryOverTwoHundredCharactersIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> index.search("a".repeat(201), 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200 characters");
    }

    @Test
    void aQueryOfMoreThanEightWordsIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> index.search("a b c d e f g h i", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 words");
    }

    @Test
    void theLimitCapsTheHits() {
        assertThat(index.search("Ковальчук", 1)).hasSize(1);
        assertThatThrownBy(() -> index.search("Ковальчук", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
