package org.repatria.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

class BlockingTest {
    private final Names names = new Names();

    private Profile person(String surname, String given, String date) {
        return inUnit(surname, given, date, "");
    }

    private static long[] pairs(Profile left, Profile right) {
        return Blocking.between(List.of(left), List.of(right)).pairs();
    }

    @Test
    void aPairSurvivesAWrongSurname() {
        assertThat(pairs(person("Ковальчук", "Олександр", "1998-03-12"),
                person("Бондар", "Александр", "1998-03-12"))).containsExactly(0L);
    }

    @Test
    void aPairSurvivesAWrongDate() {
        assertThat(pairs(person("Ковальчук", "Олександр", "1998-03-12"),
                person("Kovalchuk", "Aleksandr", "1975-01-01"))).containsExactly(0L);
    }

    @Test
    void peopleSharingNothingAreNotCandidates() {
        assertThat(Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Мельник", "Тарас", "1975-01-01"))).pairs()).isEmpty();
    }

    @Test
    void eachCandidateRemembersTheKeysThatFoundIt() {
        Candidates c = Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Бондар", "Александр", "1998-03-12")));
        assertThat(c.keys()[0]).isNotZero();
        assertThat(Blocking.keyFields()).hasSizeGreaterThan(Integer.bitCount(c.keys()[0] & 0xffff));
    }

    @Test
    void aPairFoundByManyKeysIsOneCandidateWithEachOfTheirBits() {
        Candidates c = Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Ковальчук", "Олександр", "1998-03-12")));
        assertThat(c.pairs()).containsExactly(0L);
        assertThat(Integer.bitCount(c.keys()[0] & 0xffff)).isGreaterThan(3);
    }

    @Test
    void pairsComeSortedByLeftThenRightPerson() {
        List<Profile> left = List.of(person("Мельник", "Іван", "1979-11-30"), person("Ковальчук", "Олександр", "1998-03-12"));
        List<Profile> right = List.of(person("Kovalchuk", "Oleksandr", "1998-03-12"), person("Melnyk", "Ivan", "1979-11-30"),
                person("Kovalchuk", "Oleksandr", "1998"));
        assertThat(Blocking.between(left, right).pairs()).containsExactly(1L, (1L << 32), (1L << 32) | 2);
    }

    @Test
    void withinOneListPairsAreOrderedAndNeverAPersonWithThemself() {
        long[] pairs = Blocking.within(List.of(person("Ковальчук", "Олександр", "1998-03-12"),
                person("Ковальчук", "Олександр", "1998-03-12"))).pairs();
        assertThat(pairs).containsExactly(1L);
    }

    @Test
    void aValueSharedByTooManyPeopleFormsNoBlock() {
        List<Profile> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(person("Шевченко", "Олександр", "1990"));
        }
        assertThat(Blocking.between(many, many).pairs()).isEmpty();
    }

    @Test
    void namesWrittenInEachOthersColumnsStillMeet() {
        assertThat(pairs(person("Fitzpatrick", "Lucy", "1921-02-22"),
                person("Lucy", "Fitzpatrick", "1922-03-22"))).containsExactly(0L);
    }

    @Test
    void inATooCommonBlockAPersonWithoutADateStillMeetsTheirPairInTheSameUnit() {
        List<Profile> left = new ArrayList<>();
        List<Profile> right = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            left.add(inUnit("Шевченко", "Олександр", String.valueOf(1960 + i), (10 + i) + "-а окрема бригада"));
            right.add(inUnit("Шевченко", "Александр", String.valueOf(1960 + i), (10 + i) + "-я отдельная бригада"));
        }
        right.set(7, inUnit("Шевченко", "Александр", "", "17-я отдельная бригада"));

        assertThat(Blocking.between(left, right).pairs()).contains((7L << 32) | 7);
    }

    private Profile inUnit(String surname, String given, String year, String unit) {
        return new Profile(names.plain(surname), names.given(given), Name.EMPTY, 'm', PartialDate.parse(year), Name.EMPTY,
                "", names.plain(unit.replaceAll("\\D+", " ").strip()));
    }

    @Test
    void withinOnTheNamingKeysTwoPeopleSharingOnlyABirthDateDoNotMeet() {
        List<Profile> list = List.of(person("Ковальчук", "Олександр", "1998-03-12"), person("Мельник", "Тарас", "1998-03-12"));
        assertThat(Blocking.within(list).pairs()).containsExactly(1L);
        assertThat(Blocking.withinNaming(list).pairs()).isEmpty();
    }

    @Test
    void withinOnTheNamingKeysARowWrittenAgainInAnotherScriptMeetsItsFirst() {
        List<Profile> list = List.of(person("Ковальчук", "Олександр", "1998-03-12"), person("Kovalchuk", "Oleksandr", "1998-03-12"));
        assertThat(Blocking.withinNaming(list).pairs()).containsExactly(1L);
    }

    @Test
    void aPersonsValuesAreTheHashesThatBlockingFilesThemUnder() {
        java.util.Set<Long> first = new java.util.HashSet<>();
        java.util.Set<Long> second = new java.util.HashSet<>();
        Blocking.values(person("Ковальчук", "Олександр", "1998-03-12"), (key, value, refinements) -> first.add(value));
        Blocking.values(person("Kovalchuk", "Aleksandr", "1975-01-01"), (key, value, refinements) -> second.add(value));
        Blocking.values(person("Мельник", "Тарас", "1961-07-04"), (key, value, refinements) -> second.remove(value));
        first.retainAll(second);
        assertThat(first).isNotEmpty();
    }
}
