package org.repatria.lists.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.DetailField;
import org.repatria.lists.field.CoreField;
import org.repatria.lists.field.Field;

class HeaderFinderTest {
    private final HeaderFinder finder = new HeaderFinder(ColumnMapping.none());

    private static List<Optional<Field>> fields(Header header) {
        return header.columns().stream().map(Column::field).toList();
    }

    @Test
    void localHeaderNamesInThreeLanguagesMapToTheCanonicalFields() {
        Header header = finder.find(List.of(new SheetRow(1, List.of("№ з/п", "ПРІЗВИЩЕ", "Ім’я", "По батькові",
                "Дата нар. (дд.мм.рррр)", "Личный номер", "Звание", "Воинская часть", "Surname", "Дата пленения")))).orElseThrow();
        assertThat(fields(header)).containsExactly(Optional.of(CoreField.ID), Optional.of(CoreField.SURNAME),
                Optional.of(CoreField.GIVEN_NAME), Optional.of(CoreField.PATRONYMIC), Optional.of(CoreField.BIRTH_DATE),
                Optional.of(CoreField.MILITARY_ID), Optional.of(CoreField.RANK), Optional.of(CoreField.UNIT),
                Optional.of(CoreField.SURNAME), Optional.of(Field.of(DetailField.CAPTURE_DATE)));
    }

    @Test
    void latinLookAlikesInAHeaderDoNotHideIt() {
        Header header = finder.find(List.of(new SheetRow(1, List.of("Пpiзвищe", "Iм'я")))).orElseThrow();
        assertThat(fields(header)).containsExactly(Optional.of(CoreField.SURNAME), Optional.of(CoreField.GIVEN_NAME));
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() {
        Header header = finder.find(List.of(new SheetRow(1, List.of("Список військовополонених")),
                new SheetRow(2, List.of("станом на 02.06.2025")),
                new SheetRow(4, List.of("id", "surname", "given_name")))).orElseThrow();
        assertThat(header.row()).isEqualTo(4);
    }

    @Test
    void aRowNamingFewerThanTwoFieldsIsNoHeader() {
        assertThat(finder.find(List.of(new SheetRow(1, List.of("Іваненко", "Петро", "surname"))))).isEmpty();
    }

    @Test
    void aSavedMappingWinsOverTheBuiltInNames() {
        ColumnMapping saved = ColumnMapping.none().with("Особовий номер", CoreField.ID).with("Статус", Field.of(DetailField.HEALTH));
        Header header = new HeaderFinder(saved).find(List.of(new SheetRow(1, List.of("особовий  НОМЕР", "Статус", "Прізвище"))))
                .orElseThrow();
        assertThat(fields(header)).containsExactly(Optional.of(CoreField.ID), Optional.of(Field.of(DetailField.HEALTH)),
                Optional.of(CoreField.SURNAME));
    }

    @Test
    void aMappingToAnUnknownFieldIsRefusedNamingTheFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColumnMapping(java.util.Map.of("Номер", "number")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'number'").hasMessageContaining("military_id");
    }

    @Test
    void aMappingKeepsItsEntriesAsPlainTextPairsForStorage() {
        ColumnMapping saved = ColumnMapping.none().with("Особовий №", CoreField.ID);
        assertThat(new ColumnMapping(saved.entries())).isEqualTo(saved);
        assertThat(saved.entries()).containsExactly(java.util.Map.entry("особовий №", "id"));
    }
}
