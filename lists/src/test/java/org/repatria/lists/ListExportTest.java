package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.demo.Scenario;

class ListExportTest {
    private static final PersonName NONE = new PersonName("", "", "");
    private static final ListDocument LIST = new ListDocument("Тіла загиблих", "Координаційний штаб", LocalDate.of(2025, 6, 2), List.of(
            new Person("1", new PersonName("Ковальчук", "Юрій", "Іванович"), NONE, Sex.MALE,
                    new PartialDate.Year(1990), "Київ", "", "", "", Category.REMAINS,
                    new Details(Map.of(DetailField.DEATH_DATE, new DetailValue.Date(PartialDate.parseIso("2024-05")),
                            DetailField.BURIAL_PLACE, new DetailValue.Text("с. Іванівка, ділянка 3")))),
            new Person("2", new PersonName("Смирнов", "Алексей", "Игоревич"), NONE, Sex.UNKNOWN,
                    PartialDate.unknown(), "", "", "", "", Category.REMAINS)));
    private static final ImportOptions OPTIONS = ImportOptions.on(LocalDate.of(2025, 6, 2));

    @Test
    void csvPutsPassportAndBgnLatinBesideTheCyrillicName() {
        String csv = new String(ListExport.csv(LIST), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,surname,given_name,patronymic,latin_surname,latin_given_name,latin_patronymic,"
                + "latin_bgn,sex,birth_date,birth_place,military_id,unit,rank,category,death_date,burial_place\r\n");
        assertThat(csv.lines()).contains(
                "1,Ковальчук,Юрій,Іванович,Kovalchuk,Yurii,Ivanovych,Koval'chuk Yuriy Ivanovych,M,1990,Київ,,,,REMAINS,2024-05,"
                        + "\"с. Іванівка, ділянка 3\"",
                "2,Смирнов,Алексей,Игоревич,Smirnov,Aleksei,Igorevich,Smirnov Aleksey Igorevich,,,,,,,REMAINS,,");
    }

    @Test
    void csvReadsBackAsTheSamePersonsAndDetails() {
        ImportResult.Accepted back = Sheets.accepted(ListImport.read(ListExport.csv(LIST), OPTIONS));
        assertThat(back.problems()).isEmpty();
        assertThat(back.list().rows()).extracting(r -> r.person().name(), r -> r.person().birthDate(), ListRow::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LIST.persons().get(0).name(), new PartialDate.Year(1990),
                                LIST.persons().get(0).details()),
                        org.assertj.core.groups.Tuple.tuple(LIST.persons().get(1).name(), PartialDate.unknown(),
                                Details.none()));
    }

    @Test
    void xlsxReadsBackAsTheSamePersons() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListExport.xlsx(LIST, out);
        ImportResult.Accepted back = Sheets.accepted(ListImport.read(out.toByteArray(), OPTIONS));
        assertThat(back.list().rows()).extracting(r -> r.person().name().full())
                .containsExactly("Ковальчук Юрій Іванович", "Смирнов Алексей Игоревич");
        assertThat(back.list().rows().get(0).details()).isEqualTo(LIST.persons().get(0).details());
    }

    @Test
    void pdfCarriesTitleAuthorDateRowCountCsvHashCyrillicAndLatinNamesAndASignatureBlock() throws IOException {
        byte[] pdf = ListExport.pdf(LIST, Locale.forLanguageTag("uk"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Тіла загиблих", "Автор: Координаційний штаб", "Дата: 2025-06-02", "Рядків: 2",
                ListExport.sha256(ListExport.canonical(LIST.persons())), "Ковальчук Юрій Іванович", "Kovalchuk Yurii Ivanovych",
                "Smirnov Aleksei Igorevich", "За сторону-автора", "Підпис");
    }

    @Test
    void theScenarioListsExportAndReadBackWithoutError() {
        Scenario scenario = Scenario.generate(7);
        var list = scenario.lists().get(0);
        ListDocument document = ListDocument.of(list, scenario.parties().get(1).name());
        ImportResult back = ListImport.read(ListExport.csv(document), ImportOptions.on(document.date()));
        assertThat(Sheets.accepted(back).list().rows()).hasSize(list.rows().size());
    }
}
