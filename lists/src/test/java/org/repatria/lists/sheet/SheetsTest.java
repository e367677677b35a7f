package org.repatria.lists.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetsTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private record Read(SheetInfo info, List<List<String>> rows, List<CellNote> notes) {
    }

    private static Read read(byte[] bytes, Optional<Charset> encoding) throws UnreadableSheetException {
        List<List<String>> rows = new ArrayList<>();
        List<CellNote> notes = new ArrayList<>();
        SheetInfo info = Sheets.read(bytes, encoding, (n, cells, cellNotes) -> {
            rows.add(cells);
            notes.addAll(cellNotes);
        });
        return new Read(info, rows, notes);
    }

    @Test
    void windows1251IsDetectedWhenTheBytesAreNotUtf8() throws UnreadableSheetException {
        Read read = read("Прізвище,Ім'я\r\nЇжак,Євген\r\n".getBytes(CP1251), Optional.empty());
        assertThat(read.info().charset()).contains(CP1251);
        assertThat(read.rows()).containsExactly(List.of("Прізвище", "Ім'я"), List.of("Їжак", "Євген"));
    }

    @Test
    void utf8WithAndWithoutAByteOrderMarkIsUtf8() throws UnreadableSheetException {
        assertThat(read("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8), Optional.empty()).rows()).containsExactly(List.of("a", "b"));
        assertThat(read("я,b\n".getBytes(StandardCharsets.UTF_8), Optional.empty()).info().charset()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() throws UnreadableSheetException {
        Read read = read("a;\"b;\"\"c\"\"\r\nd\";e\r\nf;g".getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(read.rows()).containsExactly(List.of("a", "b;\"c\"\r\nd", "e"), List.of("f", "g"));
    }

    @Test
    void excelsSeparatorHintLineNamesTheSeparatorAndIsNoRow() throws UnreadableSheetException {
        Read read = read("sep=;\r\na,b;c\r\n".getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(read.rows()).containsExactly(List.of("a,b", "c"));
    }

    @Test
    void anUnclosedQuoteIsNoted() throws UnreadableSheetException {
        Read read = read("a,\"b\nc,d\n".getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(read.notes()).containsExactly(new CellNote(1, "csv.unclosed-quote", ""));
    }

    @Test
    void emptyBinaryAndOldExcelFilesAreUnreadableWithTheirOwnReason() {
        assertThatThrownBy(() -> read(new byte[0], Optional.empty())).hasMessageStartingWith("file.empty");
        assertThatThrownBy(() -> read("  \r\n".getBytes(StandardCharsets.UTF_8), Optional.empty())).hasMessageStartingWith("file.empty");
        assertThatThrownBy(() -> read(new byte[] {1, 0, 2, 0}, Optional.empty())).hasMessageStartingWith("file.binary");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, Optional.empty()))
                .hasMessageStartingWith("file.old-excel");
    }

    @Test
    void aForcedEncodingMustDecodeTheWholeFile() {
        assertThatThrownBy(() -> read("Їжак".getBytes(CP1251), Optional.of(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("file.wrong-encoding");
    }
}
