package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

class ComparisonTest {
    private final Names names = new Names();

    private Profile person(String surname, String given, String patronymic, String date, String id) {
        return new Profile(names.plain(surname), names.given(given), names.patronymic(patronymic), 'm',
                PartialDate.parse(date), Name.EMPTY, id, Name.EMPTY);
    }

    private byte[] levels(Profile a, Profile b) {
        byte[] out = new byte[Comparison.fields()];
        Comparison.levels(a, b, out);
        return out;
    }

    @Test
    void aSessionThatMetTheNamesBeforeGivesTheLevelsAPairGivesAlone() {
        Profile[] people = {person("Ковальчук", "Олександр", "Миколайович", "12.03.1998", "ab123"),
                person("Kowalczuk", "Aleksandr", "", "1998-12-03", "ab124"), person("Коваль", "Олександр", "", "1998", ""),
                person("Oleksandr", "Kovalchuk", "", "1998-03-12", "")};
        Comparison session = new Comparison();
        for (int round = 0; round < 2; round++) {
            for (Profile a : people) {
                for (Profile b : people) {
                    byte[] remembered = new byte[Comparison.fields()];
                    session.compare(a, b, remembered);
                    assertThat(remembered).isEqualTo(levels(a, b));
                }
            }
        }
    }

    @Test
    void jaroWinklerGivesTheTextbookValues() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(JaroWinkler.similarity("a".repeat(70), "a".repeat(69) + "b")).isGreaterThan(0.98);
    }

    @Test
    void ukrainianAndRussianFormsOfOnePersonAgreeAsEquivalent() {
        byte[] l = levels(person("Ковальчук", "Олександр", "Миколайович", "12.03.1998", ""),
                person("Ковальчук", "Александр", "Николаевич", "1998-12-03", ""));
        assertThat(l[Field.SURNAME.ordinal()]).isEqualTo((byte) 1);
        assertThat(Field.GIVEN_NAME.label(l[Field.GIVEN_NAME.ordinal()])).isEqualTo("equivalent form");
        assertThat(Field.PATRONYMIC.label(l[Field.PATRONYMIC.ordinal()])).isEqualTo("equivalent form");
        assertThat(l[Field.BIRTH_DATE.ordinal()]).isEqualTo((byte) 2);
    }

    @Test
    void aLatinTransliterationIsExactWhenItIsOneOfTheRomanisations() {
        byte[] l = levels(person("Ковальчук", "Юлія", "", "", ""), person("Kovalchuk", "Yuliia", "", "", ""));
        assertThat(l[Field.SURNAME.ordinal()]).isEqualTo((byte) 1);
        assertThat(l[Field.GIVEN_NAME.ordinal()]).isEqualTo((byte) 1);
    }

    @Test
    void aTypoIsCloseAndAnotherNameIsDifferent() {
        Profile a = person("Бондаренко", "Андрій", "", "", "");
        assertThat(levels(a, person("Бондаренко", "Андірй", "", "", ""))[Field.GIVEN_NAME.ordinal()]).isEqualTo((byte) 3);
        assertThat(levels(a, person("Бондаренко", "Тарас", "", "", ""))[Field.GIVEN_NAME.ordinal()])
                .isEqualTo((byte) Field.GIVEN_NAME.different());
    }

    @Test
    void aMissingValueOnEitherSideIsLevelZero() {
        byte[] l = levels(person("Мельник", "Іван", "", "", ""), person("Мельник", "Іван", "Петрович", "1990", "AB1"));
        assertThat(l[Field.PATRONYMIC.ordinal()]).isZero();
        assertThat(l[Field.BIRTH_DATE.ordinal()]).isZero();
        assertThat(l[Field.IDENTIFIER.ordinal()]).isZero();
    }

    @Test
    void surnameAndGivenNameInEachOthersColumnsAreClose() {
        byte[] l = levels(person("Stephenson", "Danny", "", "", ""), person("Danny", "Stephenson", "", "", ""));
        assertThat(Field.SURNAME.label(l[Field.SURNAME.ordinal()])).isEqualTo("close");
        assertThat(Field.GIVEN_NAME.label(l[Field.GIVEN_NAME.ordinal()])).isEqualTo("close");
    }

    @Test
    void oneNameWrittenInTheOtherColumnHasItsOwnLevel() {
        byte[] l = levels(person("Coleman", "James", "", "", ""), person("James", "Howie", "", "", ""));
        assertThat(Field.SURNAME.label(l[Field.SURNAME.ordinal()])).isEqualTo("written as the given name");
        assertThat(l[Field.GIVEN_NAME.ordinal()]).isEqualTo((byte) Field.GIVEN_NAME.different());
    }

    @Test
    void oneSlipInAShortNameIsCloseThoughJaroWinklerRatesItLow() {
        assertThat(JaroWinkler.similarity("clain", "clsin")).isLessThan(NamePair.CLOSE);
        byte[] l = levels(person("Green", "Clain", "", "", ""), person("Green", "Clsin", "", "", ""));
        assertThat(Field.GIVEN_NAME.label(l[Field.GIVEN_NAME.ordinal()])).isEqualTo("close");
    }

    private int identifier(String a, String b) {
        return levels(person("Мельник", "Іван", "", "", a), person("Мельник", "Іван", "", "", b))[Field.IDENTIFIER.ordinal()];
    }

    @Test
    void identifiersOneCharacterOffAreNear() {
        assertThat(identifier("ab123456", "ab12346")).isEqualTo(2);
        assertThat(identifier("ab123456", "ab123465")).isEqualTo(2);
        assertThat(identifier("ab123456", "ab123456")).isEqualTo(1);
        assertThat(identifier("ab123456", "cd987654")).isEqualTo(3);
    }

    @Test
    void jaroWinklerMatchesThePublishedExample() {
        // Winkler (1990) / Wikipedia's worked example: MARTHA vs MARHTA = 0.961.
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, org.assertj.core.data.Offset.offset(0.001));
    }

}
