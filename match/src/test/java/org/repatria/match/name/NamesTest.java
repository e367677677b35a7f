package org.repatria.match.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    private final Names names = new Names();

    @Test
    void ukrainianRussianAndLatinFormsOfOneGivenNameShareAClass() {
        String cls = names.given("Олександр").equivalence();
        assertThat(cls).isNotEmpty();
        assertThat(names.given("Александр").equivalence()).isEqualTo(cls);
        assertThat(names.given("Oleksandr").equivalence()).isEqualTo(cls);
        assertThat(names.given("Aleksandr").equivalence()).isEqualTo(cls);
        assertThat(names.given("Alexander").equivalence()).isEqualTo(cls);
    }

    @Test
    void differentNamesHaveDifferentClasses() {
        assertThat(names.given("Микола").equivalence()).isEqualTo(names.given("Николай").equivalence())
                .isNotEqualTo(names.given("Михайло").equivalence());
        assertThat(names.given("Ганна").equivalence()).isEqualTo(names.given("Анна").equivalence());
    }

    @Test
    void patronymicsDerivedFromEquivalentNamesAreEquivalent() {
        assertThat(names.patronymic("Олександрович").equivalence()).isNotEmpty()
                .isEqualTo(names.patronymic("Александрович").equivalence());
        assertThat(names.patronymic("Миколайович").equivalence()).isNotEmpty()
                .isEqualTo(names.patronymic("Николаевич").equivalence());
        assertThat(names.patronymic("Сергіївна").equivalence()).isNotEmpty()
                .isEqualTo(names.patronymic("Сергеевна").equivalence());
        assertThat(names.patronymic("Юрійович").equivalence()).isNotEmpty()
                .isEqualTo(names.patronymic("Юрьевич").equivalence());
    }

    @Test
    void irregularPatronymicsComeFromTheExceptionsTable() {
        assertThat(names.patronymic("Федорович").equivalence()).isNotEmpty()
                .isEqualTo(names.patronymic("Фёдорович").equivalence());
        assertThat(names.patronymic("Михайлович").equivalence()).isNotEmpty();
    }

    @Test
    void maleAndFemalePatronymicsOfOneFatherDiffer() {
        assertThat(names.patronymic("Олександрович").equivalence())
                .isNotEqualTo(names.patronymic("Олександрівна").equivalence());
    }

    @Test
    void ukrainianNamesGetThePassportAndBgnRomanisations() {
        assertThat(names.plain("Ковальчук").forms()).containsExactly("kovalchuk");
        assertThat(names.given("Юлія").forms()).contains("yuliia", "yuliya");
        assertThat(names.given("Євген").forms()).contains("yevhen");
        assertThat(names.plain("Згурський").forms()).contains("zghurskyi");
    }

    @Test
    void russianNamesKeepTheDistinctionsAnyLatinLoses() {
        assertThat(names.plain("Щукин").forms()).contains("shchukin");
        assertThat(names.plain("Жуков").forms()).contains("zhukov");
    }

    @Test
    void soundKeysSurviveRomanisationDifferences() {
        assertThat(names.plain("Kovalchuk").keys()).isEqualTo(names.plain("Kowalczuk").keys())
                .isEqualTo(names.plain("Koval'chuk").keys());
        assertThat(names.plain("Serhii").keys()).isEqualTo(names.plain("Sergey").keys())
                .isEqualTo(names.plain("Sergei").keys());
        assertThat(names.plain("Mykhailo").keys()).isEqualTo(names.plain("Mikhail").keys());
        assertThat(names.plain("Oleksandr").keys()).isEqualTo(names.plain("Alexander").keys());
    }

    @Test
    void blankNamesAreMissing() {
        assertThat(names.given("  ").missing()).isTrue();
        assertThat(names.given("  ")).isEqualTo(Name.EMPTY);
    }

    @Test
    void theEquivalenceTableHoldsHundredsOfNames() {
        assertThat(Equivalents.GIVEN_AND_PATRONYMIC.givenClasses()).isGreaterThanOrEqualTo(150);
    }
}
