package org.repatria.lists.normal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void whitespaceIsOneSpaceAndInvisiblesGo() {
        assertThat(Whitespace.clean("\u00A0 Іван \t\u200BПетрович\uFEFF \r\n")).isEqualTo("Іван Петрович");
    }

    @Test
    void cleanTextIsReturnedAsItIsWithoutACopy() {
        String clean = new String("Іван Петрович");
        assertThat(Whitespace.clean(clean)).isSameAs(clean);
    }

    @Test
    void textIsComposedToNfc() {
        assertThat(Whitespace.clean("\u0406\u0308жак")).isEqualTo("\u0407жак");
    }

    @Test
    void latinLookAlikesInACyrillicWordBecomeCyrillic() {
        CleanedText cleaned = Scripts.repair("Kовaльчук", "Kовaльчук");
        assertThat(cleaned.value()).isEqualTo("Ковальчук");
        assertThat(cleaned.repaired()).containsExactly("Kовaльчук");
        assertThat(cleaned.original()).isEqualTo("Kовaльчук");
    }

    @Test
    void cyrillicLookAlikesInALatinWordBecomeLatin() {
        assertThat(Scripts.repair("Kоvalchuk", "Kоvalchuk").value()).isEqualTo("Kovalchuk");
    }

    @Test
    void aStrayLetterWithoutALookAlikeIsReportedNotGuessed() {
        CleanedText cleaned = Scripts.repair("Шевчеnко Іван", "Шевчеnко Іван");
        assertThat(cleaned.value()).isEqualTo("Шевчеnко Іван");
        assertThat(cleaned.unrepaired()).containsExactly("Шевчеnко");
    }

    @Test
    void capitalsOrSmallLettersOnlyBecomeNameCaseMixedCaseStays() {
        assertThat(NameCase.of("ПЕТРЕНКО-ІВАНЕНКО")).isEqualTo("Петренко-Іваненко");
        assertThat(NameCase.of("д'яченко")).isEqualTo("Д'яченко");
        assertThat(NameCase.of("МакАртур")).isEqualTo("МакАртур");
        assertThat(NameCase.of("ван дер Берг")).isEqualTo("Ван Дер Берг");
    }

    @Test
    void sexAndCategoryAreReadInThreeLanguages() {
        assertThat(Terms.sex("Ч")).contains(org.repatria.core.person.Sex.MALE);
        assertThat(Terms.sex("жен.")).contains(org.repatria.core.person.Sex.FEMALE);
        assertThat(Terms.category("Військовополонений")).contains(org.repatria.core.person.Category.POW);
        assertThat(Terms.category("ребёнок")).contains(org.repatria.core.person.Category.CHILD);
        assertThat(Terms.category("soldier")).isEmpty();
    }
}
