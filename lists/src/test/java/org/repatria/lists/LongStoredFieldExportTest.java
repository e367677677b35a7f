package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

/**
 * A field stored before the import limits (a 1,000,000-character surname) costs the exports no more than an ordinary
 * one: it is cut to the limit before the PDF library lays it out (the cut ends in "…"), not romanized, and cut to what
 * an XLSX cell holds; the CSV export keeps it whole. Each export in well under 2 s of CPU instead of minutes.
 */
class LongStoredFieldExportTest {
    private static final String SURNAME = ImportLimitsTest.letters(1_000_000);
    private static final ListDocument LIST = new ListDocument("Список", "Штаб", LocalDate.of(2025, 6, 2), List.of(
            new Person("1", new PersonName(SURNAME, "Ігор", ""), new PersonName("", "", ""), Sex.MALE,
                    new PartialDate.Year(1990), "w".repeat(300_000), "", "", "", Category.POW)));

    @Test
    void aStoredMillionCharacterSurnamePrintsCutWithinTwoSeconds() throws IOException {
        String surname = SURNAME;
        ListDocument list = LIST;

        Cost<byte[]> cost = Cost.of("PDF of a list with a stored 1,000,000-character surname",
                () -> ListExport.pdf(list, Locale.ENGLISH));

        // the layout breaks the long word into lines
        String text = new PdfTextExtractor(new PdfReader(cost.result())).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains(surname.substring(0, 150)).doesNotContain(surname.substring(0, Person.MAX_TEXT + 1));
        assertThat(text).contains("…");
        assertThat(cost.cpuMillis()).isLessThan(ImportLimitsTest.TWO_SECONDS);
    }

    @Test
    void theCsvExportKeepsAStoredMillionCharacterSurnameWholeWithinTwoSeconds() {
        Cost<byte[]> cost = Cost.of("CSV export of a stored 1,000,000-character surname", () -> ListExport.csv(LIST));

        assertThat(new String(cost.result(), java.nio.charset.StandardCharsets.UTF_8)).contains(SURNAME);
        assertThat(cost.cpuMillis()).isLessThan(ImportLimitsTest.TWO_SECONDS);
    }

    @Test
    void theXlsxExportCutsAStoredMillionCharacterSurnameToWhatACellHoldsWithinTwoSeconds() throws IOException {
        Cost<byte[]> cost = Cost.of("XLSX export of a stored 1,000,000-character surname", () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                ListExport.xlsx(LIST, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(cost.result()))) {
            String cell = book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
            assertThat(cell).hasSize(32_767).startsWith(SURNAME.substring(0, 1_000)).endsWith("…");
        }
        assertThat(cost.cpuMillis()).isLessThan(ImportLimitsTest.TWO_SECONDS);
    }
}
