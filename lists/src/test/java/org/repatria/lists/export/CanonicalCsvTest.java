package org.repatria.lists.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListExport;
import org.repatria.lists.ListImport;

class CanonicalCsvTest {
    // "Андрій" with its й decomposed (и + combining breve), as some keyboards and macOS file names deliver it.
    private static final String DECOMPOSED = "Андрі\u0438\u0306";
    private static final List<Person> LIST = List.of(
            new Person("1", new PersonName("Ковальчук", DECOMPOSED, "Іванович"), new PersonName("Kovalchuk", "Andrii", "Ivanovych"),
                    Sex.MALE, new PartialDate.Day(LocalDate.of(1990, 3, 12)), "Київ", "AB-123", "солдат", "72 ОМБр",
                    Category.POW, new Details(Map.of(
                            DetailField.CAPTURE_DATE, new DetailValue.Date(PartialDate.parseIso("2024-05")),
                            DetailField.CAPTURE_PLACE, new DetailValue.Text("Бахмут, \"Азом\" завод"),
                            DetailField.NOTIFY_ADDRESS, new DetailValue.Text("вул. Шевченка 1\nкв. 2")))),
            new Person("2", new PersonName("Smith", "Anna", ""), new PersonName("Smith", "Anna", ""), Sex.FEMALE,
                    new PartialDate.Year(2011), "", "", "", "", Category.CHILD),
            new Person("3", new PersonName("Смирнов", "Алексей", ""), new PersonName("Smirnov", "Aleksei", ""), Sex.UNKNOWN,
                    PartialDate.unknown(), "", "", "", "", Category.REMAINS));

    @Test
    void bytesMatchTheGoldenFileByteForByte() throws IOException {
        try (InputStream golden = CanonicalCsvTest.class.getResourceAsStream("canonical-list.csv")) {
            assertThat(golden).as("golden file").isNotNull();
            assertThat(ListExport.canonical(LIST)).isEqualTo(golden.readAllBytes());
        }
    }

    @Test
    void hasNoByteOrderMarkAndEndsLinesWithLineFeedOnly() {
        byte[] bytes = ListExport.canonical(LIST);
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void decomposedLettersAreWrittenComposed() {
        String text = new String(ListExport.canonical(LIST), StandardCharsets.UTF_8);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).contains(",Андрій,").doesNotContain(DECOMPOSED);
    }

    @Test
    void theHeaderIsTheSameWhateverDetailsTheRowsGive() {
        String withDetails = new String(ListExport.canonical(LIST), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String empty = new String(ListExport.canonical(List.of()), StandardCharsets.UTF_8);
        assertThat(empty).isEqualTo(withDetails + "\n");
        assertThat(withDetails.split(",")).hasSize(14 + DetailField.values().length)
                .startsWith("id", "surname", "given_name", "patronymic", "latin_surname");
    }

    @Test
    void aListChangedInOneLetterHasAnotherHash() {
        Person first = LIST.getFirst();
        Person altered = new Person(first.rowId(), new PersonName("Ковальчюк", DECOMPOSED, "Іванович"), first.latin(),
                first.sex(), first.birthDate(), first.birthPlace(), first.militaryId(), first.rank(), first.unit(),
                first.category(), first.details());
        List<Person> tampered = List.of(altered, LIST.get(1), LIST.get(2));
        assertThat(ListExport.sha256(ListExport.canonical(tampered))).isNotEqualTo(ListExport.sha256(ListExport.canonical(LIST)));
    }

    @Test
    void theSameRowsInAnotherOrderAreAnotherDocument() {
        List<Person> reordered = List.of(LIST.get(1), LIST.get(0), LIST.get(2));
        assertThat(ListExport.canonical(reordered)).isNotEqualTo(ListExport.canonical(LIST));
    }

    @Test
    void anImportedListsCanonicalBytesReadBackAsTheSameCanonicalBytes() {
        String messy = "\uFEFF№;Прізвище;Ім'я;По батькові;Дата народження;Категорія;capture_date\r\n"
                + "7;  Ковальчук ;Андрі\u0438\u0306;Іванович;12.03.1990;POW;2024-05\r\n"
                + "8;Шевченко;Олена;Петрівна;1991;POW;\r\n";
        byte[] first = ListExport.canonical(imported(messy.getBytes(StandardCharsets.UTF_8)));
        byte[] again = ListExport.canonical(imported(first));
        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    private static List<Person> imported(byte[] file) {
        ImportResult result = ListImport.read(file, ImportOptions.on(LocalDate.of(2025, 6, 2)));
        assertThat(result).as("%s", result).isInstanceOf(ImportResult.Accepted.class);
        return ((ImportResult.Accepted) result).list().persons();
    }
}
