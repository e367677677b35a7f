package org.repatria.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.repatria.core.person.Sex;
import org.repatria.core.scenario.NameForms.Language;

/** Patronymics and feminine surnames as Ukrainian and Russian grammar forms them. */
class NameFormsTest {
    private final NameForms forms = NameForms.standard();

    @Test
    void ukrainianPatronymicsFollowTheFathersNameAndTheChildsSex() {
        assertThat(forms.patronymic(Language.UKRAINIAN, "Олександр", Sex.MALE)).isEqualTo("Олександрович");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Олександр", Sex.FEMALE)).isEqualTo("Олександрівна");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Сергій", Sex.MALE)).isEqualTo("Сергійович");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Сергій", Sex.FEMALE)).isEqualTo("Сергіївна");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Дмитро", Sex.FEMALE)).isEqualTo("Дмитрівна");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Василь", Sex.MALE)).isEqualTo("Васильович");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Василь", Sex.FEMALE)).isEqualTo("Василівна");
    }

    @Test
    void irregularUkrainianPatronymicsComeFromTheExceptionTable() {
        assertThat(forms.patronymic(Language.UKRAINIAN, "Микола", Sex.MALE)).isEqualTo("Миколайович");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Микола", Sex.FEMALE)).isEqualTo("Миколаївна");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Ілля", Sex.MALE)).isEqualTo("Ілліч");
        assertThat(forms.patronymic(Language.UKRAINIAN, "Яків", Sex.FEMALE)).isEqualTo("Яківна");
    }

    @Test
    void russianPatronymicsFollowTheFathersNameAndTheChildsSex() {
        assertThat(forms.patronymic(Language.RUSSIAN, "Александр", Sex.FEMALE)).isEqualTo("Александровна");
        assertThat(forms.patronymic(Language.RUSSIAN, "Сергей", Sex.MALE)).isEqualTo("Сергеевич");
        assertThat(forms.patronymic(Language.RUSSIAN, "Николай", Sex.FEMALE)).isEqualTo("Николаевна");
        assertThat(forms.patronymic(Language.RUSSIAN, "Дмитрий", Sex.MALE)).isEqualTo("Дмитриевич");
        assertThat(forms.patronymic(Language.RUSSIAN, "Юрий", Sex.MALE)).isEqualTo("Юрьевич");
        assertThat(forms.patronymic(Language.RUSSIAN, "Игорь", Sex.FEMALE)).isEqualTo("Игоревна");
        assertThat(forms.patronymic(Language.RUSSIAN, "Никита", Sex.FEMALE)).isEqualTo("Никитична");
        assertThat(forms.patronymic(Language.RUSSIAN, "Илья", Sex.FEMALE)).isEqualTo("Ильинична");
        assertThat(forms.patronymic(Language.RUSSIAN, "Павел", Sex.MALE)).isEqualTo("Павлович");
    }

    @Test
    void aPatronymicNeedsAFathersName() {
        assertThatThrownBy(() -> forms.patronymic(Language.RUSSIAN, " ", Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("father's given name");
    }

    @Test
    void theFatherIsFoundBehindEitherLanguagesPatronymic() {
        assertThat(forms.father("Сергіївна")).contains("Сергій");
        assertThat(forms.father("Сергеевич")).contains("Сергей");
        assertThat(forms.father("Невідомович")).isEmpty();
    }

    @Test
    void givenNamesMapBetweenUkrainianAndRussian() {
        assertThat(forms.russian("Олександр")).contains("Александр");
        assertThat(forms.russian("Микола")).contains("Николай");
        assertThat(forms.russian("Ганна")).contains("Анна");
        assertThat(forms.ukrainian("Юрий")).contains("Юрій");
        assertThat(forms.ukrainian("Анна")).contains("Ганна");
        assertThat(forms.russian("Орест")).isEmpty();
    }

    @Test
    void equivalentsGatherEverySpellingOfOneName() {
        assertThat(forms.equivalents("Анна")).containsExactly("Анна", "Ганна");
        assertThat(forms.equivalents("Дарья")).containsExactlyInAnyOrder("Дарина", "Дар'я", "Дарья");
        assertThat(forms.equivalents("Нонекзист")).isEmpty();
    }

    @Test
    void russianSurnamesTakeFeminineFormsWhereTheLanguageHasThem() {
        assertThat(forms.surname(Language.RUSSIAN, "Иванов", Sex.FEMALE)).isEqualTo("Иванова");
        assertThat(forms.surname(Language.RUSSIAN, "Ильин", Sex.FEMALE)).isEqualTo("Ильина");
        assertThat(forms.surname(Language.RUSSIAN, "Вишневский", Sex.FEMALE)).isEqualTo("Вишневская");
        assertThat(forms.surname(Language.RUSSIAN, "Толстой", Sex.FEMALE)).isEqualTo("Толстая");
        assertThat(forms.surname(Language.RUSSIAN, "Черных", Sex.FEMALE)).isEqualTo("Черных");
        assertThat(forms.surname(Language.RUSSIAN, "Иванов", Sex.MALE)).isEqualTo("Иванов");
    }

    @Test
    void ukrainianSurnamesInKoAndUkDoNotChangeButAdjectivalOnesDo() {
        assertThat(forms.surname(Language.UKRAINIAN, "Шевченко", Sex.FEMALE)).isEqualTo("Шевченко");
        assertThat(forms.surname(Language.UKRAINIAN, "Ковальчук", Sex.FEMALE)).isEqualTo("Ковальчук");
        assertThat(forms.surname(Language.UKRAINIAN, "Вишневський", Sex.FEMALE)).isEqualTo("Вишневська");
        assertThat(forms.surname(Language.UKRAINIAN, "Білий", Sex.FEMALE)).isEqualTo("Біла");
        assertThat(forms.surname(Language.UKRAINIAN, "Загородній", Sex.FEMALE)).isEqualTo("Загородня");
        assertThat(forms.surname(Language.UKRAINIAN, "Бабій", Sex.FEMALE)).isEqualTo("Бабій");
        assertThat(forms.surname(Language.UKRAINIAN, "Литвин", Sex.FEMALE)).isEqualTo("Литвин");
        assertThat(forms.surname(Language.UKRAINIAN, "Волошин", Sex.FEMALE)).isEqualTo("Волошина");
    }
}
