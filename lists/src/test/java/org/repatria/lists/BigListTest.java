package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.repatria.lists.check.Problem;

/** A 100,000-row sheet is read whole (streamed), and one bad row near its end still rejects all of it. */
class BigListTest {
    private static final int ROWS = 100_000;
    private static final String[] SURNAMES = {"Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник"};
    private static final String[] GIVEN = {"Олександр", "Андрій", "Сергій", "Дмитро", "Іван", "Юрій", "Максим"};
    private static final ImportOptions OPTIONS = ImportOptions.on(LocalDate.of(2025, 6, 2));

    private static String[] row(int i) {
        return new String[] {Integer.toString(i), SURNAMES[i % SURNAMES.length], GIVEN[i % GIVEN.length],
            String.format(java.util.Locale.ROOT, "%02d.%02d.%d", 1 + i % 28, 1 + i % 12, 1960 + i % 45), "POW"};
    }

    @Test
    void aHundredThousandRowXlsxSheetIsReadWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet();
            String[] header = {"№", "Прізвище", "Ім'я", "Дата народження", "Категорія"};
            for (int r = 0; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                String[] cells = r == 0 ? header : row(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
        }
        ImportResult result = ListImport.read(out.toByteArray(), OPTIONS);
        List<ListRow> rows = Sheets.accepted(result).list().rows();
        assertThat(rows).hasSize(ROWS);
        assertThat(rows.get(ROWS - 1).row()).isEqualTo(ROWS + 1);
        assertThat(rows.get(ROWS - 1).person().name().full()).isEqualTo(row(ROWS)[1] + " " + row(ROWS)[2]);
    }

    @Test
    void oneBadRowNearTheEndOfAHundredThousandRejectsTheWholeList() {
        StringBuilder csv = new StringBuilder("id,surname,given_name,birth_date,category\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.join(",", i == ROWS - 1 ? new String[] {"x", "Бондар", "Ігор", "30.02.1990", "POW"} : row(i)))
                    .append('\n');
        }
        ImportResult result = ListImport.read(csv.toString().getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertThat(Sheets.rejected(result).problems()).filteredOn(Problem::isError)
                .extracting(Problem::row, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ROWS, "date.impossible"));
    }
}
