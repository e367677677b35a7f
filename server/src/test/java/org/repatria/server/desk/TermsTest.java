package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.core.words.Phrase;

/** Codes of the domain and the sentences it builds, in the reader's language. */
class TermsTest {
    private final Text uk = new Text(Language.UK).withParties(Map.of("ua", "Україна", "ru", "Россия"));

    @Test
    void everyPhraseTheDomainBuildsHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Text t = new Text(language);
            for (Phrase p : Phrase.values()) {
                assertThat(t.get(PhraseWords.PHRASE + p.name())).as(language + " " + p).isNotBlank();
            }
        }
    }

    @Test
    void aStateCodeIsSaidInTheReadersLanguage() {
        assertThat(uk.term("person", "HANDED_OVER")).isEqualTo("передано");
        assertThat(uk.term("health", "seriously-wounded-or-sick")).isEqualTo("тяжкопоранений або тяжкохворий");
    }

    @Test
    void aPartyIsNamedNotCoded() {
        assertThat(uk.parties("ua", "ru")).isEqualTo("Україна ⇄ Россия");
    }

    @Test
    void anEligibilityReasonFromTheDomainIsSaidInTheReadersLanguage() {
        String english = Phrase.WRONG_CATEGORY.english("remains", "pow or civilian");
        assertThat(PhraseWords.of(english, uk)).isEqualTo("категорія: тіло загиблого; умови вимагають: військовополонений або цивільна особа");
    }

    @Test
    void aPlansProgressLineNamesThePartiesInTheReadersLanguage() {
        String english = Phrase.PROGRESS_BOTH.english("ua", 3, 5, "ru", 3, 5);
        assertThat(PhraseWords.of(english, uk)).isEqualTo("після цієї черги: Україна — 3 з 5, Россия — 3 з 5");
    }

    @Test
    void aReplansMakeGoodLineSaysEachDropOutInTheReadersLanguage() {
        String english = Phrase.MAKE_GOOD.english("ua", 2, Phrase.MADE_GOOD.english(1, "not found", 1) + ", "
                + Phrase.MADE_GOOD.english(1, "refused repatriation", 1));
        assertThat(PhraseWords.of(english, uk))
                .isEqualTo("Україна: 2 з резерву замінюють 1 — не знайдені, черга 1, 1 — відмовилися від репатріації, черга 1");
    }

    @Test
    void anExemptLineNamesTheHealthClassesAndTheConventionInWords() {
        String english = Phrase.EXEMPT_FIRST.english("ua", 2, List.of("seriously-wounded-or-sick"));
        assertThat(PhraseWords.of(english, uk)).isEqualTo(
                "Україна: спершу 2 поза паритетом (тяжкопоранений або тяжкохворий, ст. 109 Третьої Женевської конвенції)");
    }
}
