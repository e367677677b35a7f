package org.repatria.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;

class RowAnswerTest {
    private static final PersonName NONE = new PersonName("", "", "");

    @Test
    void anAnswerKeepsTheNameUnderWhichThePersonWasFound() {
        RowAnswer a = new RowAnswer(" 17 ", RowStatus.LOCATED, PartialDate.parseIso("2025-03"), "Ростов-на-Дону",
                new PersonName("Смирнов", "Артём", ""), "");
        assertThat(a.rowId()).isEqualTo("17");
        assertThat(a.nameHeld().surname()).isEqualTo("Смирнов");
    }

    @Test
    void unansweredIsNotAnAnswer() {
        assertThatThrownBy(() -> new RowAnswer("1", RowStatus.UNANSWERED, PartialDate.unknown(), "", NONE, ""))
                .isInstanceOfSatisfying(AnswerException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void anEmptyRowIdIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new RowAnswer(" ", RowStatus.HELD, PartialDate.unknown(), "", NONE, ""))
                .isInstanceOfSatisfying(AnswerException.class, e -> assertThat(e.field()).isEqualTo("row_id"));
    }

    @Test
    void aNoteLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> new RowAnswer("1", RowStatus.HELD, PartialDate.unknown(), "", NONE,
                "я".repeat(RowAnswer.MAX_NOTE + 1)))
                .isInstanceOfSatisfying(AnswerException.class, e -> assertThat(e.field()).isEqualTo("note"))
                .hasMessageContaining("2001 characters");
    }

    @Test
    void aRefusalNamesItsRuleByCodeWithItsArguments() {
        assertThatThrownBy(() -> new RowAnswer("1", RowStatus.HELD, PartialDate.unknown(), "я".repeat(RowAnswer.MAX_PLACE + 1),
                NONE, "")).isInstanceOfSatisfying(AnswerException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.too_long");
                    assertThat(e.args()).containsExactly(String.valueOf(RowAnswer.MAX_PLACE + 1),
                            String.valueOf(RowAnswer.MAX_PLACE));
                });
    }
}
