package org.repatria.demo.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms.Language;

/** Patronymics and feminine surnames as Ukrainian and Russian grammar forms them. */
class NameFormsTest {
    private final NameForms forms = NameForms.standard();

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvFileSource(resources = "name-forms.txt", delimiter = '|')
    void patronymicsAndSurnamesAgreeWithSexAsTheGrammarsSay(String what, String lang, String base, Sex sex,
                                                           String expected) {
        Language language = lang.equals("uk") ? Language.UKRAINIAN : Language.RUSSIAN;
        String actual = what.equals("patronymic") ? forms.patronymic(language, base, sex) : forms.surname(language, base, sex);
        assertThat(actual).isEqualTo(expected);
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
}
