package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.lists.Sheets.accepted;
import static org.repatria.lists.Sheets.csv;
import static org.repatria.lists.Sheets.rejected;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Sex;
import org.repatria.lists.check.Problem;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.header.ColumnMapping;
import org.repatria.lists.sheet.SheetFormat;

class ListImportTest {
    private static final ImportOptions JUNE_2025 = ImportOptions.on(LocalDate.of(2025, 6, 2));
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void windows1251CsvWithSemicolonsAndLocalHeadersIsDetectedAndRead() {
        byte[] file = csv(CP1251,
                "№;Прізвище;Ім'я;По батькові;Дата народження;Військовий квиток;Звання;Категорія",
                "1;Шевченко;Олександр;Сергійович;12.03.1998;АА123456;солдат;військовополонений");
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().sheet().charset()).contains(CP1251);
        var person = result.list().rows().get(0).person();
        assertThat(person.name().full()).isEqualTo("Шевченко Олександр Сергійович");
        assertThat(person.latin().full()).isEqualTo("Shevchenko Oleksandr Serhiiovych");
        assertThat(person.birthDate()).isEqualTo(PartialDate.parseIso("1998-03-12"));
        assertThat(person.militaryId()).isEqualTo("АА123456");
        assertThat(person.category()).isEqualTo(Category.POW);
    }

    @Test
    void theAcceptedListGivesItsPersonsInOrderAndItsCategories() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "b,Бондар,Ігор,1990,CIVILIAN", "a,Мельник,Олег,1991,REMAINS");
        ImportedList list = accepted(ListImport.read(file, JUNE_2025)).list();
        assertThat(list.persons()).extracting(p -> p.rowId()).containsExactly("b", "a");
        assertThat(list.categories()).containsExactlyInAnyOrder(Category.CIVILIAN, Category.REMAINS);
    }

    @Test
    void aTitleLineAboveASemicolonHeaderDoesNotHideTheSeparator() {
        byte[] file = csv(CP1251, "Список військовополонених", "№;Прізвище;Ім'я;Категорія", "1;Бондар;Ігор;ВП");
        assertThat(accepted(ListImport.read(file, JUNE_2025)).list().rows().get(0).person().name().surname()).isEqualTo("Бондар");
    }

    @Test
    void encodingOverrideWinsOverDetection() {
        byte[] file = csv(CP1251, "id,surname,given_name,category", "1,Петренко,Іван,CIVILIAN");
        ImportResult result = ListImport.read(file, JUNE_2025.withEncoding(StandardCharsets.UTF_8));
        assertThat(rejected(result).problems()).extracting(Problem::code).containsExactly("file.wrong-encoding");
    }

    @Test
    void utf8WithByteOrderMarkReadsTheFirstHeaderCorrectly() {
        byte[] file = csv(StandardCharsets.UTF_8, "\uFEFFid,surname,given_name,category", "7,Іваненко,Петро,POW");
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().rows().get(0).person().rowId()).isEqualTo("7");
    }

    @Test
    void xlsxWithATitleRowMergedHeaderCellsAndRussianHeadersIsRead() {
        byte[] file = Sheets.xlsx(List.of(
                List.of("Список военнопленных", "", "", "", "", ""),
                List.of("№ п/п", "ФИО", "", "", "Дата рождения", "Воинская часть"),
                List.of("", "Фамилия", "Имя", "Отчество", "", ""),
                List.of("1", "Смирнов", "Алексей", "Игоревич", "1990-05-07", "в/ч 12345")), sheet -> {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
                    sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
                });
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025.withCategory(Category.POW)));
        assertThat(result.list().sheet().format()).isEqualTo(SheetFormat.XLSX);
        assertThat(result.list().header().row()).isEqualTo(3);
        ListRow row = result.list().rows().get(0);
        assertThat(row.row()).isEqualTo(4);
        assertThat(row.person().name().full()).isEqualTo("Смирнов Алексей Игоревич");
        assertThat(row.person().latin().full()).isEqualTo("Smirnov Aleksei Igorevich");
        assertThat(row.person().unit()).isEqualTo("в/ч 12345");
        assertThat(row.person().birthDate()).isEqualTo(PartialDate.parseIso("1990-05-07"));
    }

    @Test
    void mixedScriptNamesAreRepairedWithAWarningAndTheOriginalKept() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category",
                "1,Кoвaльчук,Іван,POW"); // Latin o and a inside the Cyrillic surname
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        ListRow row = result.list().rows().get(0);
        assertThat(row.person().name().surname()).isEqualTo("Ковальчук");
        assertThat(row.original(CoreField.SURNAME)).contains("Кoвaльчук");
        assertThat(result.problems()).extracting(Problem::code).contains("script.repaired");
    }

    @Test
    void aWordWhoseStrayLettersHaveNoLookAlikeIsAnError() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category", "1,Шевчеnко,Іван,POW");
        assertThat(rejected(ListImport.read(file, JUNE_2025)).problems())
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("script.mixed"));
    }

    @Test
    void dayAndMonthSwappedIsReadSwappedWithAWarning() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category", "1,Бондар,Ігор,03.25.1990,POW");
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().rows().get(0).person().birthDate()).isEqualTo(PartialDate.parseIso("1990-03-25"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("date.swapped");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("birth_date");
        });
    }

    @Test
    void impossibleAndUnreadableDatesRejectTheListNamingRowAndColumn() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,Дата народження,category",
                "1,Бондар,Ігор,31.02.1990,POW", "2,Мельник,Олег,весна 1990,POW");
        List<Problem> problems = rejected(ListImport.read(file, JUNE_2025)).problems();
        assertThat(problems).extracting(Problem::row, Problem::column, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Дата народження", "date.impossible"),
                org.assertj.core.groups.Tuple.tuple(3, "Дата народження", "date.unreadable"));
    }

    @Test
    void trailingBlankRowsAreIgnored() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category", "1,Бондар,Ігор,CIVILIAN", ",,,", "", "  ,  , ,", ",,,");
        assertThat(accepted(ListImport.read(file, JUNE_2025)).list().rows()).hasSize(1);
    }

    @Test
    void theHeaderRepeatedOnALaterPrintedPageIsSkippedWithAWarning() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,Прізвище,given_name,category", "1,Бондар,Ігор,CIVILIAN",
                "id,Прізвище,given_name,category", "2,Мельник,Олег,CIVILIAN");
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().rows()).extracting(ListRow::row).containsExactly(2, 4);
        assertThat(result.problems()).extracting(Problem::row, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "header.again"));
    }

    @Test
    void formulaCellsGiveTheirComputedValueWithAWarning() {
        byte[] file = Sheets.xlsx(List.of(
                List.of("id", "surname", "given_name", "birth_date", "category"),
                List.of("=1+1", "Бондар", "Ігор", "=\"1990\"", "POW")), sheet -> { });
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().rows().get(0).person().rowId()).isEqualTo("2");
        assertThat(result.list().rows().get(0).person().birthDate()).isEqualTo(new PartialDate.Year(1990));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("cell.formula", "cell.formula");
    }

    @Test
    void dateCellsAreReadAsDatesAndLongNumbersInFullWhateverTheDisplayFormat() {
        byte[] file = Sheets.xlsx(List.of(
                List.of("id", "surname", "given_name", "birth_date", "military_id", "category"),
                List.of("1", "Бондар", "Ігор", "", "", "POW")), sheet -> {
                    var book = sheet.getWorkbook();
                    var style = book.createCellStyle();
                    style.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
                    var birth = sheet.getRow(1).createCell(3);
                    birth.setCellValue(LocalDate.of(1990, 3, 25));
                    birth.setCellStyle(style);
                    sheet.getRow(1).createCell(4).setCellValue(123456789012d);
                });
        var person = accepted(ListImport.read(file, JUNE_2025)).list().rows().get(0).person();
        assertThat(person.birthDate()).isEqualTo(PartialDate.parseIso("1990-03-25"));
        assertThat(person.militaryId()).isEqualTo("123456789012");
    }

    @Test
    void trailingBlankAndFormattedEmptyRowsOfASheetAreIgnored() {
        byte[] file = Sheets.xlsx(List.of(
                List.of("id", "surname", "given_name", "category"),
                List.of("1", "Бондар", "Ігор", "CIVILIAN"), List.of("", "", "", ""), List.of(" ", "", "", "")), sheet -> {
                    var style = sheet.getWorkbook().createCellStyle();
                    style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                    for (int r = 4; r < 30; r++) {
                        sheet.createRow(r).createCell(1).setCellStyle(style);
                    }
                });
        assertThat(accepted(ListImport.read(file, JUNE_2025)).list().rows()).hasSize(1);
    }

    @Test
    void aFormulaGivingAnErrorRejectsTheList() {
        byte[] file = Sheets.xlsx(List.of(
                List.of("id", "surname", "given_name", "category"),
                List.of("1", "Бондар", "=1/0", "CIVILIAN")), sheet -> { });
        assertThat(rejected(ListImport.read(file, JUNE_2025)).problems()).extracting(Problem::code).contains("cell.formula-error");
    }

    @Test
    void aChildAged18OnTheListDateIsAnError() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,sex,birth_date,category",
                "1,Коваленко,Марія,Ж,2007-06-01,CHILD", "2,Коваленко,Ганна,Ж,2007-06-03,CHILD");
        List<Problem> problems = rejected(ListImport.read(file, JUNE_2025)).problems();
        assertThat(problems).extracting(Problem::row, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "child.adult"));
    }

    @Test
    void missingMandatoryFieldsAreNamedPerCategory() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "1,Коваленко,,2015,CHILD", "2,,,,REMAINS", "3,Петренко,Іван,,POW");
        ImportResult.Rejected result = rejected(ListImport.read(file, JUNE_2025));
        assertThat(result.problems()).extracting(Problem::row, Problem::column, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "given_name", "required.missing"),
                org.assertj.core.groups.Tuple.tuple(4, "birth_date", "expected.pow-birth"));
    }

    @Test
    void aRepeatedIdIsAnErrorNamingTheFirstRow() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category", "A1,Бондар,Ігор,CIVILIAN", "A1,Мельник,Олег,CIVILIAN");
        assertThat(rejected(ListImport.read(file, JUNE_2025)).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("id.repeated");
            assertThat(p.args()).containsExactly("A1", "2");
        });
    }

    @Test
    void anIdIsCheckedForRepeatsEvenInARowWithAnotherError() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "7,Бондар,Ігор,31.02.1990,CIVILIAN", "7,Мельник,Олег,1990,CIVILIAN");
        assertThat(rejected(ListImport.read(file, JUNE_2025)).problems()).extracting(Problem::row, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "date.impossible"), org.assertj.core.groups.Tuple.tuple(3, "id.repeated"));
    }

    @Test
    void theSamePersonTwiceIsAWarningAndBothRowsStay() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "1,Бондар,Ігор,1990,POW", "2,БОНДАР,ігор,1990,POW");
        ImportResult.Accepted result = accepted(ListImport.read(file, JUNE_2025));
        assertThat(result.list().rows()).hasSize(2);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("person.repeated");
    }

    @Test
    void aListWithOneBadRowReturnsNoRowAtAll() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category", "1,Бондар,Ігор,CIVILIAN", "2,Мельник,Олег,SOLDIER",
                "3,Шевчук,Іван,CIVILIAN");
        ImportResult result = ListImport.read(file, JUNE_2025);
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        assertThat(result.problems()).extracting(Problem::row).containsExactly(3);
    }

    @Test
    void aSavedMappingNamesAColumnTheBuiltInNamesDoNotKnow() {
        byte[] file = csv(StandardCharsets.UTF_8, "Особовий №,Прізвище,Ім'я,Категорія", "17,Бондар,Ігор,POW");
        ColumnMapping saved = ColumnMapping.none().with("Особовий №", CoreField.ID);
        assertThat(rejected(ListImport.read(file, JUNE_2025)).problems()).extracting(Problem::code).contains("header.missing");
        assertThat(accepted(ListImport.read(file, JUNE_2025.withMapping(saved))).list().rows().get(0).person().rowId())
                .isEqualTo("17");
    }

    @Test
    void detailFieldsOfTheConventionsAreReadAsTextAndPartialDates() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,category,Дата загибелі,Місце поховання,Жетон",
                "1,Бондар,Ігор,REMAINS,05.2024,\"с. Іванівка, квартал 3\",UA-123");
        ListRow row = accepted(ListImport.read(file, JUNE_2025)).list().rows().get(0);
        assertThat(row.details().get(DetailField.DEATH_DATE)).contains(new DetailValue.Date(PartialDate.parseIso("2024-05")));
        assertThat(row.details().get(DetailField.BURIAL_PLACE)).contains(new DetailValue.Text("с. Іванівка, квартал 3"));
        assertThat(row.details().get(DetailField.IDENTITY_DISC)).contains(new DetailValue.Text("UA-123"));
    }

    @Test
    void namesAreNormalizedToNfcOneSpaceAndNameCase() {
        byte[] file = csv(StandardCharsets.UTF_8, "id,surname,given_name,sex,category",
                "1,  ПЕТРЕНКО-ІВАНЕНКО ,\u0418\u0306осип\u00A0, ч ,POW"); // И + combining breve is Й
        ListRow row = accepted(ListImport.read(file, JUNE_2025)).list().rows().get(0);
        assertThat(row.person().name().surname()).isEqualTo("Петренко-Іваненко");
        assertThat(row.person().name().givenName()).isEqualTo("\u0419осип");
        assertThat(row.person().sex()).isEqualTo(Sex.MALE);
        assertThat(row.original(CoreField.SURNAME)).contains("  ПЕТРЕНКО-ІВАНЕНКО ");
    }
}
