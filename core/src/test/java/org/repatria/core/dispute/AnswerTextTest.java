package org.repatria.core.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerTextTest {
    @Test
    void theCanonicalFormIsHeaderEmptyLineAndText() {
        assertThat(new String(new AnswerText("Исправлено: строка 3.").encoded(), StandardCharsets.UTF_8))
                .isEqualTo("repatria-answer/v1\n\nИсправлено: строка 3.\n");
    }

    @Test
    void theCanonicalBytesParseBack() {
        AnswerText answer = new AnswerText("Corrected.\n\nSee the new list.");
        assertThat(AnswerText.parse(answer.encoded())).isEqualTo(answer);
    }

    @Test
    void anEmptyAnswerIsRefused() {
        assertThatThrownBy(() -> new AnswerText("")).isInstanceOf(DisputeTextException.class)
                .hasMessageContaining("the text is empty");
    }

    @Test
    void anOverlongAnswerIsRefused() {
        assertThatThrownBy(() -> new AnswerText("x".repeat(DisputeText.MAX_TEXT + 1)))
                .hasMessageContaining("at most " + DisputeText.MAX_TEXT);
    }

    @Test
    void aDisputeIsNotAnAnswer() {
        assertThatThrownBy(() -> AnswerText.parse(new DisputeText("s", "t").encoded()))
                .hasMessageContaining("does not start with \"repatria-answer/v1\"");
    }
}
