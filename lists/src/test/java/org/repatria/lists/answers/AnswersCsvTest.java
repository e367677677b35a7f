package org.repatria.lists.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;

class AnswersCsvTest {
    private static final String HEADER = "row_id,status,date,place,surname,given_name,patronymic,note\n";
    // "Андрій" with its й decomposed (и + combining breve).
    private static final String DECOMPOSED = "Андрі\u0438\u0306";

    private static RowAnswer located() {
        return new RowAnswer("17", RowStatus.LOCATED, PartialDate.parseIso("2025-03"), "Ростов-на-Дону, дитячий будинок",
                new PersonName("Петров", DECOMPOSED, ""), "placed with a family, \"foster\" care\nsince 2024");
    }

    @Test
    void writesTheFixedHeaderThenOneLfLinePerAnswerInNfc() {
        byte[] bytes = AnswersCsv.write(List.of(located(), new RowAnswer("18", RowStatus.NOT_FOUND, null, "", null, "")));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(HEADER
                + "17,located,2025-03,\"Ростов-на-Дону, дитячий будинок\",Петров,Андрій,,\"placed with a family,"
                + " \"\"foster\"\" care\nsince 2024\"\n"
                + "18,not-found,,,,,,\n");
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        List<RowAnswer> answers = List.of(located(), new RowAnswer("9", RowStatus.DECEASED,
                PartialDate.parseIso("2024-11-02"), "Луганськ", null, "grave 12"));
        byte[] bytes = AnswersCsv.write(answers);
        List<RowAnswer> read = AnswersCsv.read(bytes);
        assertThat(AnswersCsv.write(read)).isEqualTo(bytes);
        assertThat(read.getFirst().nameHeld().givenName()).isEqualTo("Андрій");
        assertThat(read.get(1).date()).isEqualTo(PartialDate.parseIso("2024-11-02"));
    }

    @Test
    void readsAHeaderOnlyDocumentAsNoAnswers() {
        assertThat(AnswersCsv.read(HEADER.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void refusesCrlfLineEndsNamingTheLine() {
        byte[] bytes = (HEADER + "1,held,2025,,,,,\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.message()).contains("canonical");
                }));
    }

    @Test
    void refusesTextNotInNfc() {
        byte[] bytes = (HEADER + "1,held,,,Петров," + DECOMPOSED + ",,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("canonical");
    }

    @Test
    void refusesAnotherHeader() {
        byte[] bytes = "row,status,date,place,surname,given_name,patronymic,note\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void refusesAByteOrderMark() {
        byte[] bytes = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("byte-order mark");
    }

    @Test
    void refusesAnUnknownStatusNamingLineAndField() {
        byte[] bytes = (HEADER + "1,held,,,,,,\n2,escaped,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("status");
                }));
    }

    @Test
    void refusesUnansweredAsAnAnswer() {
        byte[] bytes = (HEADER + "1,unanswered,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("status"));
    }

    @Test
    void refusesADateThatIsNotIso() {
        byte[] bytes = (HEADER + "1,held,12.03.2025,,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("date"));
    }

    @Test
    void refusesTheSameRowTwice() {
        byte[] bytes = (HEADER + "1,held,,,,,,\n1,returned,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("row_id");
                }));
    }

    @Test
    void refusesALineWithTheWrongNumberOfFields() {
        byte[] bytes = (HEADER + "1,held,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("8 fields expected");
    }

    @Test
    void refusesAMissingFinalLineEnd() {
        byte[] bytes = (HEADER + "1,held,,,,,,").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAFieldOverItsLimitNamingIt() {
        byte[] bytes = (HEADER + "1,held,,\"" + "x".repeat(RowAnswer.MAX_PLACE + 1) + "\",,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOfSatisfying(AnswersFormatException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("place"));
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i <= AnswersCsv.MAX_ROWS; i++) {
            s.append(i).append(",held,,,,,,\n");
        }
        assertThatThrownBy(() -> AnswersCsv.read(s.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AnswersFormatException.class).hasMessageContaining("100000");
    }

    @Test
    void capsTheProblemsReported() {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i < AnswersCsv.MAX_PROBLEMS * 2; i++) {
            s.append(i).append(",bad,,,,,,\n");
        }
        assertThatThrownBy(() -> AnswersCsv.read(s.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AnswersFormatException.class,
                        e -> assertThat(e.problems()).hasSize(AnswersCsv.MAX_PROBLEMS));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bytes = (HEADER + "1,held,,,X,,,\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 6] = (byte) 0xC0;
        assertThatThrownBy(() -> AnswersCsv.read(bytes)).isInstanceOf(AnswersFormatException.class)
                .hasMessageContaining("not UTF-8");
    }
}
