package org.repatria.lists.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.PartialDate;
import org.repatria.core.request.RowStatus;
import org.repatria.lists.sheet.UnreadableSheetException;

class AnswerSheetTest {

    private static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Відповіді");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsUkrainianHeadersAndStatusWordsFromWindows1251() throws UnreadableSheetException {
        byte[] bytes = csv(Charset.forName("windows-1251"), "Номер;Статус;Дата;Місце;Прізвище;Ім'я;По батькові;Примітка",
                "17;знайдено;12.03.2025;Ростов-на-Дону;Петров;Андрій;;інше прізвище", "18;не знайдено;;;;;;");
        AnswerSheet.Result r = AnswerSheet.read(bytes, Optional.empty());
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).extracting(a -> a.answer().status()).containsExactly(RowStatus.LOCATED, RowStatus.NOT_FOUND);
        assertThat(r.answers().getFirst().answer().date()).isEqualTo(PartialDate.parseIso("2025-03-12"));
        assertThat(r.answers().getFirst().answer().nameHeld().surname()).isEqualTo("Петров");
        assertThat(r.answers().getFirst().row()).isEqualTo(2);
    }

    @Test
    void readsRussianHeadersAndStatusWordsFromUtf8WithAByteOrderMark() throws UnreadableSheetException {
        byte[] bytes = csv(StandardCharsets.UTF_8, "\uFEFFID,Статус,Дата,Место,Фамилия,Имя,Отчество,Примечание",
                "5,Погиб,2024,Донецк,,,,", "6,нет информации,,,,,,");
        AnswerSheet.Result r = AnswerSheet.read(bytes, Optional.empty());
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).extracting(a -> a.answer().status())
                .containsExactly(RowStatus.DECEASED, RowStatus.NO_INFORMATION);
    }

    @Test
    void readsAnXlsxWithEnglishHeadersAndTokens() throws Exception {
        byte[] bytes = xlsx(List.of(List.of("Row ID", "Status", "Date", "Place"), List.of("3", "held", "2025-01-05", "Camp 4"),
                List.of("4", "Not Found", "", "")));
        AnswerSheet.Result r = AnswerSheet.read(bytes, Optional.empty());
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).extracting(a -> a.answer().rowId()).containsExactly("3", "4");
        assertThat(r.answers().get(1).answer().status()).isEqualTo(RowStatus.NOT_FOUND);
    }

    @Test
    void namesTheRowAndFieldOfAnUnknownStatus() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "row_id,status", "1,held", "2,escaped"),
                Optional.empty());
        assertThat(r.answers()).hasSize(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.message()).contains("escaped");
        });
    }

    @Test
    void namesTheRowOfAnUnreadableDate() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "row_id,status,date", "1,held,last spring"),
                Optional.empty());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("date");
        });
    }

    @Test
    void reportsAMissingStatusColumnOnTheHeaderRow() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "row_id,place", "1,Kyiv"), Optional.empty());
        assertThat(r.answers()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("status");
        });
    }

    @Test
    void reportsTheSameRowTwiceNamingTheFirst() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "row_id,status", "1,held", "1,returned"),
                Optional.empty());
        assertThat(r.answers()).hasSize(1);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("row 2"));
    }

    @Test
    void capsTheProblemsAndSaysSo() throws UnreadableSheetException {
        String[] lines = new String[AnswerSheet.MAX_PROBLEMS + 11];
        lines[0] = "row_id,status";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = i + ",?";
        }
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, lines), Optional.empty());
        assertThat(r.problems()).hasSize(AnswerSheet.MAX_PROBLEMS);
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void skipsBlankRows() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "row_id,status", ",", "7,returned"),
                Optional.empty());
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).singleElement().satisfies(a -> assertThat(a.row()).isEqualTo(3));
    }

    @Test
    void theDesksOwnWordsForNoInformationAreReadAsThatStatus() throws UnreadableSheetException {
        AnswerSheet.Result r = AnswerSheet.read(csv(StandardCharsets.UTF_8, "Номер;Статус", "1;відомостей немає",
                "2;сведений нет"), Optional.empty());
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).extracting(a -> a.answer().status())
                .containsExactly(RowStatus.NO_INFORMATION, RowStatus.NO_INFORMATION);
    }
}
