package org.repatria.lists.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.lists.sheet.UnreadableSheetException;

/** Every problem of an answers sheet carries a code and its arguments, so a desk can say it in its reader's language. */
class AnswerSheetCodesTest {

    private static List<AnswerProblem> problems(String... lines) throws UnreadableSheetException {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return AnswerSheet.read(bytes, Optional.empty()).problems();
    }

    private static AnswerProblem only(String... lines) throws UnreadableSheetException {
        List<AnswerProblem> problems = problems(lines);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void anUnknownStatusIsCodedWithTheWordWritten() throws UnreadableSheetException {
        AnswerProblem p = only("Номер;Статус", "1;гуляет");
        assertThat(p.code()).isEqualTo("status.unknown");
        assertThat(p.args().getFirst()).isEqualTo("гуляет");
        assertThat(p.message()).startsWith("unknown status \"гуляет\"; give one of");
    }

    @Test
    void anEmptyStatusIsCoded() throws UnreadableSheetException {
        assertThat(only("Номер;Статус;Дата", "1;;2025").code()).isEqualTo("status.empty");
    }

    @Test
    void anEmptyRowIdIsCodedFromTheAnswersOwnRule() throws UnreadableSheetException {
        AnswerProblem p = only("Номер;Статус", ";знайдено");
        assertThat(p.code()).isEqualTo("row_id.empty");
        assertThat(p.field()).isEqualTo("row_id");
    }

    @Test
    void aRowAnsweredTwiceIsCodedWithTheRowIdAndTheFirstSheetRow() throws UnreadableSheetException {
        AnswerProblem p = only("Номер;Статус", "7;знайдено", "7;помер");
        assertThat(p.code()).isEqualTo("row.twice");
        assertThat(p.args()).containsExactly("7", "2");
    }

    @Test
    void datesThatCannotBeReadAreCodedByWhatIsWrong() throws UnreadableSheetException {
        List<AnswerProblem> problems = problems("Номер;Статус;Дата", "1;знайдено;вчора", "2;знайдено;31.02.2025",
                "3;знайдено;03.25.2025");
        assertThat(problems).extracting(AnswerProblem::code)
                .containsExactly("date.unreadable", "date.impossible", "date.swapped");
        assertThat(problems.getFirst().args()).containsExactly("вчора");
        assertThat(problems.getLast().args()).containsExactly("03.25.2025", "2025-03-25");
    }

    @Test
    void aFieldTooLongIsCodedWithItsLengthAndTheLimit() throws UnreadableSheetException {
        AnswerProblem p = only("Номер;Статус;Примітка", "1;знайдено;" + "я".repeat(2001));
        assertThat(p.code()).isEqualTo("field.too_long");
        assertThat(p.field()).isEqualTo("note");
        assertThat(p.args()).containsExactly("2001", "2000");
    }

    @Test
    void aMissingColumnIsCodedWithTheField() throws UnreadableSheetException {
        AnswerProblem p = only("Номер;Дата", "1;2025");
        assertThat(p.code()).isEqualTo("header.missing");
        assertThat(p.args()).containsExactly("status");
    }

    @Test
    void aSheetWithNoRowsAtAllIsCodedAsHavingNoHeader() throws UnreadableSheetException {
        assertThat(only(";;", " ; ").code()).isEqualTo("header.none");
    }

    @Test
    void aSheetOfMoreAnswersThanTheLimitIsCodedWithTheLimit() throws UnreadableSheetException {
        StringBuilder sheet = new StringBuilder("row_id,status\n");
        for (int i = 1; i <= AnswersCsv.MAX_ROWS + 1; i++) {
            sheet.append(i).append(",held\n");
        }
        AnswerProblem p = only(sheet.toString().strip());
        assertThat(p.code()).isEqualTo("rows.too_many");
        assertThat(p.args()).containsExactly(String.valueOf(AnswersCsv.MAX_ROWS));
    }

    @Test
    void aProblemMadeWithoutACodeHasNone() {
        AnswerProblem p = new AnswerProblem(3, "status", "said in English");
        assertThat(p.code()).isEmpty();
        assertThat(p.args()).isEmpty();
    }
}
