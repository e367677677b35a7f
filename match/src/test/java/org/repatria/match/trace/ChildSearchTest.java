package org.repatria.match.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildSearchTest {
    private static final ChildRecord MARIIA = new ChildRecord("case-1", "Коваленко", "Марія", "Петрівна", "Ж",
            "2012-03-14", "м. Маріуполь, Донецька обл.", "Петро", "Олена", "Шевчук", "2022-04-10");

    private static ChildRecord candidate(String id, String surname, String given, String patronymic, String sex,
                                         String born, String place, String since) {
        return new ChildRecord(id, surname, given, patronymic, sex, born, place, "", "", "", since);
    }

    /** Children who are not the one sought: other names, other fathers, other dates. */
    private static List<ChildRecord> others() {
        String[][] rows = {
                {"Смирнова", "Анна", "Игоревна", "Ж", "2013-07-02", "г. Донецк", "2022-06-01"},
                {"Ткаченко", "Дмитро", "Олегович", "Ч", "2011-11-23", "м. Херсон", "2022-11-15"},
                {"Петренко", "Софія", "Андріївна", "Ж", "2015-01-30", "м. Бердянськ", "2023-02-20"},
                {"Кузнецов", "Максим", "Викторович", "М", "2012-09-09", "г. Мелитополь", "2022-08-03"},
                {"Lysenko", "Anastasiia", "Mykolaivna", "F", "2010-04-18", "Mariupol", "2022-05-12"},
        };
        List<ChildRecord> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            out.add(candidate("other-" + i, r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        }
        return out;
    }

    @Test
    void aChildPlacedUnderANewSurnameIsFoundFirstAndProposed() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("renamed", "Иванова", "Мария", "Петровна", "Ж", "14.03.2012", "г. Мариуполь", "2022-05-02"));

        List<Candidate> found = new ChildSearch(pool).search(MARIIA);

        assertThat(found.getFirst().id()).isEqualTo("renamed");
        assertThat(found.getFirst().proposed()).isTrue();
        assertThat(found.getFirst().score()).isBetween(ChildSearch.PROPOSE_AT, 1.0);
    }

    @Test
    void aChildWithNewSurnameAndGivenNameAndShiftedDateIsStillFoundInLatin() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("renamed", "Sidorova", "Yelena", "Petrovna", "F", "2012-04-14", "", "2022-05-20"));

        List<Candidate> found = new ChildSearch(pool).search(MARIIA);

        assertThat(found).extracting(Candidate::id).first().isEqualTo("renamed");
    }

    @Test
    void aNamesakeWithAnotherFatherDateAndPlaceIsShownAtMostButNotProposed() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("namesake", "Коваленко", "Мария", "Сергеевна", "Ж", "2009-10-27", "г. Луганск", "2024-09-01"));

        List<Candidate> found = new ChildSearch(pool).search(MARIIA);

        assertThat(found).noneMatch(Candidate::proposed);
    }

    @Test
    void aSiblingRemovedTogetherRanksBelowTheChildUnderANewName() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("brother", "Коваленко", "Іван", "Петрович", "Ч", "2009-06-01", "м. Маріуполь", "2022-04-20"));
        pool.add(candidate("renamed", "Иванова", "Мария", "Петровна", "Ж", "2012-03-14", "", "2022-04-20"));

        List<Candidate> found = new ChildSearch(pool).search(MARIIA);

        assertThat(found).extracting(Candidate::id).startsWith("renamed", "brother");
    }

    @Test
    void everyParticularIsGivenWithItsVerdictAndTheValuesCompared() {
        List<ChildRecord> pool = List.of(
                candidate("renamed", "Иванова", "Мария", "Петровна", "Ж", "14.03.2012", "г. Мариуполь", "2022-05-02"));

        Candidate c = new ChildSearch(pool).search(MARIIA).getFirst();

        assertThat(c.reasons()).extracting(Reason::particular).containsExactlyInAnyOrder(Particular.values());
        assertThat(c.reason(Particular.SURNAME)).extracting(Reason::verdict, Reason::caseValue, Reason::candidateValue)
                .containsExactly(Verdict.DISAGREE, "Коваленко", "Иванова");
        assertThat(c.reason(Particular.GIVEN_NAME)).extracting(Reason::verdict, Reason::caseValue, Reason::candidateValue)
                .containsExactly(Verdict.AGREE, "Марія", "Мария");
        assertThat(c.reason(Particular.FATHER)).extracting(Reason::verdict, Reason::caseValue, Reason::candidateValue)
                .containsExactly(Verdict.AGREE, "Петро", "Петровна");
        assertThat(c.reason(Particular.BIRTH_DATE).verdict()).isEqualTo(Verdict.AGREE);
        assertThat(c.reason(Particular.MOTHER_GIVEN_NAME).verdict()).isEqualTo(Verdict.MISSING);
        assertThat(c.reason(Particular.REMOVAL)).extracting(Reason::verdict, Reason::level)
                .containsExactly(Verdict.AGREE, "within-a-month");
    }

    @Test
    void aSurnameTakenFromTheMotherCountsForTheCandidate() {
        List<ChildRecord> pool = List.of(
                candidate("mother's", "Шевчук", "Марія", "", "Ж", "2012-03-14", "", ""));

        Reason surname = new ChildSearch(pool).search(MARIIA).getFirst().reason(Particular.SURNAME);

        assertThat(surname).extracting(Reason::verdict, Reason::level).containsExactly(Verdict.PARTLY, "mother-surname");
        assertThat(surname.weight()).isPositive();
    }

    @Test
    void aBirthDateWithDayAndMonthSwappedIsNamedSo() {
        List<ChildRecord> pool = List.of(candidate("swapped", "Коваленко", "Марія", "", "Ж", "2012-12-03", "", ""));
        ChildRecord child = new ChildRecord("case-2", "Коваленко", "Марія", "", "Ж", "2012-03-12", "", "", "", "", "");

        Reason date = new ChildSearch(pool).search(child).getFirst().reason(Particular.BIRTH_DATE);

        assertThat(date).extracting(Reason::verdict, Reason::level).containsExactly(Verdict.PARTLY, "swapped-day-month");
    }

    @Test
    void aBirthDateWithOneDigitWrongIsASlipNotAnotherDate() {
        List<ChildRecord> pool = List.of(candidate("slip", "Коваленко", "Марія", "", "Ж", "2017-03-14", "", ""));

        Reason date = new ChildSearch(pool).search(MARIIA).getFirst().reason(Particular.BIRTH_DATE);

        assertThat(date).extracting(Reason::verdict, Reason::level).containsExactly(Verdict.PARTLY, "one-digit-off");
    }

    @Test
    void surnameAndGivenNameInEachOthersColumnsStillAgree() {
        List<ChildRecord> pool = List.of(candidate("crossed", "Mariia", "Kovalenko", "", "F", "2012-03-14", "", ""));

        Candidate c = new ChildSearch(pool).search(MARIIA).getFirst();

        assertThat(c.reason(Particular.SURNAME).level()).isEqualTo("written-as-given-name");
        assertThat(c.reason(Particular.GIVEN_NAME).level()).isEqualTo("written-as-surname");
    }

    @Test
    void aNameTheCaseKnowsTheChildUnderCountsAsTheChildsOwn() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("known", "Сидорова", "Елена", "", "Ж", "2012-04-14", "", ""));
        ChildSearch search = new ChildSearch(pool);

        Candidate c = search.search(MARIIA, new KnownAs(List.of("Сидорова Олена"), List.of("14.04.2012"))).getFirst();

        assertThat(c.id()).isEqualTo("known");
        assertThat(c.reason(Particular.SURNAME)).extracting(Reason::verdict, Reason::caseValue)
                .containsExactly(Verdict.AGREE, "Сидорова");
    }

    @Test
    void aPlacementLongBeforeTheRemovalSpeaksAgainst() {
        List<ChildRecord> pool = List.of(candidate("earlier", "Коваленко", "Марія", "Петрівна", "Ж", "2012-03-14", "",
                "2019-01-10"));

        Reason removal = new ChildSearch(pool).search(MARIIA).getFirst().reason(Particular.REMOVAL);

        assertThat(removal).extracting(Reason::verdict, Reason::level)
                .containsExactly(Verdict.DISAGREE, "placed-before-removal");
    }

    @Test
    void everyLevelAReasonNamesIsListed() {
        List<ChildRecord> pool = new ArrayList<>(others());
        pool.add(candidate("renamed", "Иванова", "Мария", "Петровна", "Ж", "14.03.2012", "г. Мариуполь", "2022-05-02"));
        pool.add(candidate("swapped", "Mariia", "Kovalenko", "", "", "2012-12-03", "Luhansk", "2019-01-01"));
        ChildSearch search = new ChildSearch(pool);

        List<String> named = new ArrayList<>();
        for (ChildRecord c : pool) {
            search.search(c).forEach(x -> x.reasons().forEach(r -> named.add(r.level())));
            search.search(MARIIA).forEach(x -> x.reasons().forEach(r -> named.add(r.level())));
        }

        assertThat(Reason.LEVELS).containsAll(named);
    }

    @Test
    void aFieldLongerThanTheLimitIsRefusedNamingIt() {
        assertThatThrownBy(() -> candidate("x", "К".repeat(ChildRecord.MAX_FIELD + 1), "", "", "", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surname");
    }
}
