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
 * A field stored before the import limits (a 1,000,000-character surname) is cut to the limit before the PDF library
 * lays it out, so the list's PDF is made in well under 2 s instead of minutes; the cut ends in "…".
 */
class PdfLongFieldTest {

    @Test
    void aStoredMillionCharacterSurnamePrintsCutWithinTwoSeconds() throws IOException {
        String surname = ImportLimitsTest.letters(1_000_000);
        ListDocument list = new ListDocument("Список", "Штаб", LocalDate.of(2025, 6, 2), List.of(
                new Person("1", new PersonName(surname, "Ігор", ""), new PersonName("", "", ""), Sex.MALE,
                        new PartialDate.Year(1990), "w".repeat(300_000), "", "", "", Category.POW)));

        Cost<byte[]> cost = Cost.of("PDF of a list with a stored 1,000,000-character surname",
                () -> ListExport.pdf(list, Locale.ENGLISH));

        // the layout breaks the long word into lines
        String text = new PdfTextExtractor(new PdfReader(cost.result())).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains(surname.substring(0, 150)).doesNotContain(surname.substring(0, Person.MAX_TEXT + 1));
        assertThat(text).contains("…");
        assertThat(cost.cpuMillis()).isLessThan(ImportLimitsTest.TWO_SECONDS);
    }
}
