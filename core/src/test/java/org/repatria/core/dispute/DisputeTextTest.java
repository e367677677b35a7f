package org.repatria.core.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DisputeTextTest {
    private static final DisputeText ROW_3 = new DisputeText("Рядок 3: не той військовий квиток",
            "The service number of row 3 is not the one on his capture card.\n\nPlease check it.");

    @Test
    void theCanonicalFormIsHeaderSubjectEmptyLineAndText() {
        assertThat(new String(ROW_3.encoded(), StandardCharsets.UTF_8)).isEqualTo("""
                repatria-dispute/v1
                subject Рядок 3: не той військовий квиток

                The service number of row 3 is not the one on his capture card.

                Please check it.
                """);
    }

    @Test
    void theCanonicalBytesParseBackToTheSameDispute() {
        assertThat(DisputeText.parse(ROW_3.encoded())).isEqualTo(ROW_3);
    }

    @Test
    void decomposedLettersAndWindowsLineBreaksGetTheOneSpelling() {
        // "й" typed as и + combining breve (U+0306), as some keyboards and PDFs produce it
        DisputeText typed = new DisputeText("  Андрі\u0438\u0306  ", "first\r\nsecond\r\n");
        assertThat(typed.subject()).isEqualTo("Андрій");
        assertThat(typed.text()).isEqualTo("first\nsecond");
    }

    @Test
    void anEmptyTextIsRefusedNamingTheText() {
        assertThatThrownBy(() -> new DisputeText("row 3", " \n\t "))
                .isInstanceOfSatisfying(DisputeTextException.class, e -> assertThat(e.field()).isEqualTo("text"))
                .hasMessageContaining("the text is empty");
    }

    @Test
    void anOverlongSubjectIsRefusedWithItsLengthAndTheLimit() {
        assertThatThrownBy(() -> new DisputeText("я".repeat(DisputeText.MAX_SUBJECT + 1), "text"))
                .isInstanceOfSatisfying(DisputeTextException.class, e -> assertThat(e.field()).isEqualTo("subject"))
                .hasMessageContaining("201 characters; at most 200");
    }

    @Test
    void theLimitCountsCharactersNotBytesOrUtf16Units() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units, four UTF-8 bytes
        assertThat(new DisputeText("s", emoji.repeat(DisputeText.MAX_TEXT)).text()).hasSize(2 * DisputeText.MAX_TEXT);
    }

    @Test
    void aSubjectOfTwoLinesIsRefused() {
        assertThatThrownBy(() -> new DisputeText("one\ntwo", "text")).isInstanceOf(DisputeTextException.class)
                .hasMessageContaining("subject is one line");
    }

    @Test
    void aControlCharacterInTheTextIsRefused() {
        assertThatThrownBy(() -> new DisputeText("s", "bell \u0007")).hasMessageContaining("U+0007");
    }

    @Test
    void bytesInAnotherSpellingAreRefused() {
        byte[] crlf = "repatria-dispute/v1\r\nsubject s\r\n\r\ntext\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DisputeText.parse(crlf)).isInstanceOf(DisputeTextException.class);
        byte[] decomposed = "repatria-dispute/v1\nsubject и\u0306\n\ntext\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DisputeText.parse(decomposed)).hasMessageContaining("not in canonical form");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] cp1251 = {'r', 'e', (byte) 0xC0, '\n'};
        assertThatThrownBy(() -> DisputeText.parse(cp1251)).hasMessageContaining("not UTF-8");
    }

    @Test
    void anotherDocumentIsNotADispute() {
        assertThatThrownBy(() -> DisputeText.parse(new AnswerText("no").encoded())).hasMessageContaining("does not start with");
    }
}
