package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.lists.Sheets.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.Sex;
import org.repatria.lists.check.Problem;

/** A list read for linking keeps every row it can, each bad field left out, and reports what it found (0155). */
class LinkableListTest {
    private static final ImportOptions JUNE_2025 = ImportOptions.on(LocalDate.of(2025, 6, 2));
    private static final String HEADER = "id,surname,given_name,patronymic,sex,birth_date,category";

    private static LinkableList read(String... lines) {
        return ListImport.forLinking(csv(StandardCharsets.UTF_8, lines), JUNE_2025);
    }

    private static LinkableList.Linkable linkable(String... lines) {
        LinkableList read = read(lines);
        assertThat(read).as(read.problems().toString()).isInstanceOf(LinkableList.Linkable.class);
        return (LinkableList.Linkable) read;
    }

    private static Person only(String... lines) {
        List<ListRow> rows = linkable(lines).list().rows();
        assertThat(rows).hasSize(1);
        return rows.getFirst().person();
    }

    private static List<String> codes(LinkableList read) {
        return read.problems().stream().map(p -> p.row() + ":" + p.column() + ":" + p.code()).toList();
    }

    @Test
    void aChildWithoutABirthDateIsKeptAndItsErrorReported() {
        LinkableList.Linkable read = linkable(HEADER, "C1,Мельник,Іван,,Ч,,CHILD");

        assertThat(read.list().rows()).extracting(r -> r.person().rowId()).containsExactly("C1");
        assertThat(codes(read)).containsExactly("2:birth_date:required.child-birth");
    }

    @Test
    void aPrisonerWithoutAGivenNameIsKept() {
        Person p = only(HEADER, "P1,Мельник,,Васильович,Ч,1979-11-30,POW");

        assertThat(p.name().surname()).isEqualTo("Мельник");
        assertThat(p.birthDate()).isEqualTo(PartialDate.parseIso("1979-11-30"));
    }

    @Test
    void anImpossibleDayKeepsItsYear() {
        LinkableList.Linkable read = linkable(HEADER, "P1,Мельник,Іван,,Ч,32.03.1990,POW");

        assertThat(read.list().rows().getFirst().person().birthDate()).isEqualTo(new PartialDate.Year(1990));
        assertThat(codes(read)).containsExactly("2:birth_date:date.impossible");
    }

    @Test
    void aKeptRowStillGivesItsCellsAsWritten() {
        ListRow row = linkable(HEADER, "P1,Мельник,Іван,,X,32.03.1990,POW").list().rows().getFirst();

        assertThat(row.original(org.repatria.lists.field.CoreField.BIRTH_DATE)).contains("32.03.1990");
        assertThat(row.original(org.repatria.lists.field.CoreField.SEX)).contains("X");
        assertThat(row.person().sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void anImpossibleYearLeavesTheDateMissing() {
        assertThat(only(HEADER, "P1,Мельник,Іван,,Ч,30.02.1700,POW").birthDate()).isEqualTo(PartialDate.unknown());
    }

    @Test
    void anUnreadableDateIsMissing() {
        assertThat(only(HEADER, "P1,Мельник,Іван,,Ч,весна 1990,POW").birthDate()).isEqualTo(PartialDate.unknown());
    }

    @Test
    void aKeptYearAfterTheListsDateIsLeftOutTooAndSaid() {
        LinkableList.Linkable read = linkable(HEADER, "P1,Мельник,Іван,,Ч,31.02.2030,POW");

        assertThat(read.list().rows().getFirst().person().birthDate()).isEqualTo(PartialDate.unknown());
        assertThat(codes(read)).contains("2:birth_date:date.impossible", "2:birth_date:date.after-list");
    }

    @Test
    void aBirthDateAfterTheListsDateIsLeftOut() {
        assertThat(only(HEADER, "P1,Мельник,Іван,,Ч,2030-01-01,POW").birthDate()).isEqualTo(PartialDate.unknown());
    }

    @Test
    void anAdultOnAChildrensListKeepsItsBirthDate() {
        LinkableList.Linkable read = linkable(HEADER, "C1,Мельник,Іван,,Ч,1990-01-01,CHILD");

        assertThat(read.list().rows().getFirst().person().birthDate()).isEqualTo(PartialDate.parseIso("1990-01-01"));
        assertThat(codes(read)).containsExactly("2:birth_date:child.adult");
    }

    @Test
    void anUnknownSexIsMissingAndTheRestKept() {
        Person p = only(HEADER, "P1,Мельник,Іван,,X,1990,POW");

        assertThat(p.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(p.name().givenName()).isEqualTo("Іван");
    }

    @Test
    void aWordMixingScriptsLeavesItsFieldMissing() {
        Person p = only(HEADER, "P1,Мельник,Ivaн,,Ч,1990,POW");

        assertThat(p.name().givenName()).isEmpty();
        assertThat(p.name().surname()).isEqualTo("Мельник");
    }

    @Test
    void anXlsxCellHoldingAFormulaErrorLeavesItsFieldMissing() {
        byte[] file = Sheets.xlsx(List.of(List.of("id", "surname", "given_name", "category"),
                List.of("1", "Бондар", "=1/0", "CIVILIAN")), sheet -> { });

        LinkableList read = ListImport.forLinking(file, JUNE_2025);

        assertThat(((LinkableList.Linkable) read).list().rows()).singleElement()
                .satisfies(r -> assertThat(r.person().name().givenName()).isEmpty())
                .satisfies(r -> assertThat(r.person().name().surname()).isEqualTo("Бондар"));
        assertThat(codes(read)).contains("2:given_name:cell.formula-error");
    }

    @Test
    void anUnknownCategoryTakesTheOptionsCategory() {
        LinkableList read = ListImport.forLinking(csv(StandardCharsets.UTF_8, HEADER, "P1,Мельник,Іван,,Ч,1990,пленный?"),
                JUNE_2025.withCategory(Category.REMAINS));

        assertThat(((LinkableList.Linkable) read).list().rows()).extracting(r -> r.person().category())
                .containsExactly(Category.REMAINS);
        assertThat(codes(read)).containsExactly("2:category:category.unknown");
    }

    @Test
    void withoutAnyCategoryTheRowIsLeftOutAndTheOthersKept() {
        LinkableList.Linkable read = linkable(HEADER, "P1,Мельник,Іван,,Ч,1990,пленный?", "P2,Бондар,Ігор,,Ч,1991,POW");

        assertThat(read.list().rows()).extracting(r -> r.person().rowId()).containsExactly("P2");
        assertThat(codes(read)).containsExactly("2:category:category.unknown");
    }

    @Test
    void aMissingIdIsMadeFromTheRowNumberWithAWarning() {
        LinkableList.Linkable read = linkable(HEADER, ",Мельник,Іван,,Ч,1990,POW");

        assertThat(read.list().rows().getFirst().person().rowId()).isEqualTo("#2");
        assertThat(codes(read)).containsExactly("2:id:required.id", "2:id:id.made");
        assertThat(read.problems().get(1).message(java.util.Locale.ENGLISH)).isEqualTo(
                "linked under the id “#2”, made from the row number");
    }

    @Test
    void aRepeatedIdIsMadeUniqueAndBothRowsKept() {
        LinkableList.Linkable read = linkable(HEADER, "P1,Мельник,Іван,,Ч,1990,POW", "P1,Бондар,Ігор,,Ч,1991,POW");

        assertThat(read.list().rows()).extracting(r -> r.person().rowId()).containsExactly("P1", "P1#3");
        assertThat(read.list().rows().get(1).person().name().surname()).isEqualTo("Бондар");
    }

    @Test
    void aRowWithoutIdAndWithAFutureBirthHasBothFoundOnceReadable() {
        LinkableList.Linkable read = linkable(HEADER, ",Мельник,Іван,,Ч,2030-01-01,POW");

        assertThat(read.list().rows().getFirst().person().birthDate()).isEqualTo(PartialDate.unknown());
        assertThat(codes(read)).contains("2:id:required.id", "2:birth_date:date.after-list");
    }

    @Test
    void aRepeatedColumnIsReportedAndTheFirstRead() {
        LinkableList.Linkable read = linkable("id,surname,surname,given_name,category", "P1,Мельник,Бондар,Іван,REMAINS");

        assertThat(read.list().rows().getFirst().person().name().surname()).isEqualTo("Мельник");
        assertThat(codes(read)).containsExactly("1:surname:header.repeated");
    }

    @Test
    void aListWithoutAnIdColumnIsUnlinkable() {
        LinkableList read = read("surname,given_name,category", "Мельник,Іван,POW");

        assertThat(read).isInstanceOf(LinkableList.Unlinkable.class);
        assertThat(codes(read)).contains("1:id:header.missing");
    }

    @Test
    void aListWithoutANameColumnIsUnlinkable() {
        assertThat(read("id,birth_date,category", "P1,1990,POW")).isInstanceOf(LinkableList.Unlinkable.class);
    }

    @Test
    void aFileThatIsNoListIsUnlinkable() {
        LinkableList read = ListImport.forLinking(new byte[0], JUNE_2025);

        assertThat(read).isInstanceOf(LinkableList.Unlinkable.class);
        assertThat(read.problems()).singleElement().extracting(Problem::row).isEqualTo(0);
    }

    @Test
    void problemsAreCappedAndTheRestCounted() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int rows = LinkableList.MAX_PROBLEMS + 250;
        for (int i = 0; i < rows; i++) {
            lines.add("R" + i + ",,,,X,,REMAINS");
        }

        LinkableList.Linkable read = linkable(lines.toArray(String[]::new));

        assertThat(read.list().rows()).hasSize(rows);
        assertThat(read.problems()).hasSize(LinkableList.MAX_PROBLEMS);
        assertThat(read.unlisted()).isEqualTo(250);
        assertThat(read.problems().getLast().row()).isEqualTo(LinkableList.MAX_PROBLEMS + 1);
    }

    @Test
    void theSameFileIsStillRefusedWholeByTheOrdinaryRead() {
        byte[] file = csv(StandardCharsets.UTF_8, HEADER, "C1,Мельник,Іван,,Ч,,CHILD");

        assertThat(ListImport.read(file, JUNE_2025)).isInstanceOf(ImportResult.Rejected.class);
    }
}
