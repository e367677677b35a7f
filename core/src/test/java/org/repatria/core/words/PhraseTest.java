package org.repatria.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence the domain builds reads back into the code and arguments it was made from. */
class PhraseTest {
    @Test
    void anEnglishSentenceReadsBackIntoItsCodeAndArguments() {
        String english = Phrase.AGE_OUT.english("17", "2025-06-02", 18, 25);
        assertThat(english).isEqualTo("aged 17 on 2025-06-02; the terms ask 18 to 25");
        assertThat(Phrase.read(english)).contains(new Phrased(Phrase.AGE_OUT, List.of("17", "2025-06-02", "18", "25")));
    }

    @Test
    void bothSidesProgressIsNotReadAsOneSides() {
        String english = Phrase.PROGRESS_BOTH.english("ua", 3, 5, "ru", 3, 5);
        assertThat(Phrase.read(english).map(Phrased::phrase)).contains(Phrase.PROGRESS_BOTH);
    }

    @Test
    void textNoPhraseMadeReadsAsNothing() {
        assertThat(Phrase.read("a note typed by a clerk")).isEmpty();
    }
}
