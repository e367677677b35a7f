package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.repatria.lists.check.Problem;

/**
 * Text is never altered on the way in (docs/decisions/0163): bytes that are not UTF-8 are refused naming the row and
 * byte offset, unless the caller declares windows-1251 or the first line with a byte above ASCII holds a windows-1251
 * Cyrillic word; a lone surrogate in a cell is refused naming the cell.
 */
class HonestTextTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void invalidUtf8InACsvIsRefusedNamingTheRowAndByteOffsetNotReadAsWindows1251() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("id,surname,given_name,category\n1,Бондар,Ігор,POW\n2,Мельник".getBytes(StandardCharsets.UTF_8));
        int offset = file.size();
        file.writeBytes(new byte[] {(byte) 0xFF});
        file.writeBytes(",Іван,POW\n".getBytes(StandardCharsets.UTF_8));

        List<Problem> problems = Sheets.rejected(ListImport.read(file.toByteArray(), ImportLimitsTest.OPTIONS)).problems();

        assertThat(problems).extracting(Problem::row, Problem::code).containsExactly(tuple(3, "file.not-utf8"));
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("the file is not UTF-8: the bytes at offset " + offset
                + " (row 3) are not; if it is in windows-1251, choose that encoding");
    }

    @Test
    void aUtf8EncodedSurrogateIsRefusedNotStoredAsAQuestionMark() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("id,surname,given_name,category\n1,".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 written as UTF-8: not UTF-8
        file.writeBytes("abc,Ігор,POW\n".getBytes(StandardCharsets.UTF_8));

        List<Problem> problems = Sheets.rejected(ListImport.read(file.toByteArray(), ImportLimitsTest.OPTIONS)).problems();

        assertThat(problems).extracting(Problem::row, Problem::code).containsExactly(tuple(2, "file.not-utf8"));
    }

    @Test
    void aWindows1251FileIsDetectedByACyrillicWordInItsFirstLine() {
        byte[] file = "Прізвище,Ім'я,id,Категорія\nБондар,Ігор,1,ВП\n".getBytes(CP1251);

        ImportResult.Accepted read = Sheets.accepted(ListImport.read(file, ImportLimitsTest.OPTIONS));

        assertThat(read.list().sheet().charset()).contains(CP1251);
        assertThat(read.list().rows().get(0).person().name().surname()).isEqualTo("Бондар");
    }

    @Test
    void aWindows1251RowAfterUtf8RowsIsRefusedNotReadAsEitherAlone() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("id,surname,given_name,category\n1,Бондар,Ігор,POW\n".getBytes(StandardCharsets.UTF_8));
        int offset = file.size() + 2;
        file.writeBytes("2,Мельник,Іван,POW\n".getBytes(CP1251));

        assertThat(Sheets.rejected(ListImport.read(file.toByteArray(), ImportLimitsTest.OPTIONS)).problems())
                .extracting(Problem::row, Problem::code, p -> p.args().get(1)).containsExactly(tuple(3, "file.not-utf8",
                        Integer.toString(offset)));
    }

    @Test
    void aWindows1251FileWithoutTwoCyrillicLettersTogetherIsRefusedUntilTheCallerDeclaresIt() {
        byte[] file = "id,surname,given_name,category\n1,Є,Ї,POW\n".getBytes(CP1251); // Є: 0xAA, Ї: 0xAF

        assertThat(Sheets.rejected(ListImport.read(file, ImportLimitsTest.OPTIONS)).problems())
                .extracting(Problem::row, Problem::code).containsExactly(tuple(2, "file.not-utf8"));
        ImportResult declared = ListImport.read(file, ImportLimitsTest.OPTIONS.withEncoding(CP1251));
        assertThat(Sheets.accepted(declared).list().rows().get(0).person().name().givenName()).isEqualTo("Ї");
    }

    @Test
    void aByteWindows1251CannotHoldIsRefusedEvenInAWindows1251File() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("Прізвище,id,Категорія\nБондар".getBytes(CP1251));
        file.writeBytes(new byte[] {(byte) 0x98}); // no character in windows-1251
        file.writeBytes(",1,ВП\n".getBytes(CP1251));

        assertThat(Sheets.rejected(ListImport.read(file.toByteArray(), ImportLimitsTest.OPTIONS)).problems())
                .extracting(Problem::row, Problem::code).containsExactly(tuple(2, "file.wrong-encoding"));
    }

    @Test
    void aLoneSurrogateInAnXlsxCellIsRefusedNamingTheCell() {
        byte[] file = ZippedXlsx.of(List.of(List.of("id", "surname", "given_name", "category"),
                List.of("1", "_xD800_abc", "Ігор", "POW"))); // OOXML's escape for U+D800

        List<Problem> problems = Sheets.rejected(ListImport.read(file, ImportLimitsTest.OPTIONS)).problems();

        assertThat(problems).extracting(Problem::row, Problem::column, Problem::code)
                .containsExactly(tuple(2, "surname", "cell.lone-surrogate"));
    }
}
