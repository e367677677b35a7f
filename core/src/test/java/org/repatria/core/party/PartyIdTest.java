package org.repatria.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartyIdTest {

    @Test
    void lowerCaseLettersDigitsAndHyphensAreAnId() {
        assertThat(new PartyId("icrc-geneva2").value()).isEqualTo("icrc-geneva2");
    }

    @Test
    void upperCaseIsRefusedByTheConstructor() {
        assertThatThrownBy(() -> new PartyId("UA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case").hasMessageContaining("UA");
    }

    @Test
    void anIdMustStartWithALetter() {
        assertThatThrownBy(() -> new PartyId("1ua")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdHasTwoToThirtyTwoCharacters() {
        assertThatThrownBy(() -> new PartyId("u")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartyId("u" + "a".repeat(31)).value()).hasSize(32);
        assertThatThrownBy(() -> new PartyId("u" + "a".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefusedWithAMessage() {
        assertThatThrownBy(() -> new PartyId(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @Test
    void userInputIsParsedCaseInsensitivelyAndStripped() {
        assertThat(PartyId.of("  ICRC ")).isEqualTo(new PartyId("icrc"));
    }

    @Test
    void parsingIgnoresATurkishDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless 'ı'
        try {
            assertThat(PartyId.of("ICRC").value()).isEqualTo("icrc");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void parsingNullIsRefused() {
        assertThatThrownBy(() -> PartyId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOrderAlphabetically() {
        List<PartyId> sorted = Stream.of("ua", "icrc", "ru").map(PartyId::new).sorted().toList();

        assertThat(sorted).extracting(PartyId::value).containsExactly("icrc", "ru", "ua");
    }

    @Test
    void textFormIsTheBareId() {
        assertThat(new PartyId("ru")).hasToString("ru");
    }
}
