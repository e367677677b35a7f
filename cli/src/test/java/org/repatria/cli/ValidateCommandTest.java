package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new ValidateCommand(JUNE_2025))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).setCaseInsensitiveEnumValuesAllowed(true);
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path csv(String name, Charset charset, String... lines) throws IOException {
        return file(name, (String.join("\n", lines) + "\n").getBytes(charset));
    }

    @Test
    void aValidListExitsZeroAndPrintsNothing() throws IOException {
        Path list = csv("ok.csv", StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "1,Шевченко,Олександр,1998-03-12,POW");
        assertThat(validate(list.toString())).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void eachProblemIsOneCsvLineWithRowColumnAndMessage() throws IOException {
        Path list = csv("bad.csv", StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category",
                "1,Шевченко,Олександр,31.02.1998,POW", "1,\"Бондар, Ігор\",Ігор,1990,SOLDIER");
        Run run = validate(list.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "2,birth_date,\u201c31.02.1998\u201d is not a possible date",
                "3,category,\"\u201cSOLDIER\u201d is not a category; use POW, CIVILIAN, REMAINS or CHILD\"");
    }

    @Test
    void messagesComeInTheLanguageAsked() throws IOException {
        Path list = csv("bad.csv", StandardCharsets.UTF_8, "id,surname,given_name,category", "1,Шевченко,,CIVILIAN");
        assertThat(validate("--lang", "uk", list.toString()).out())
                .isEqualTo("2,given_name,відсутнє; для рядка CIVILIAN це обов’язково" + System.lineSeparator());
        assertThat(validate("--lang", "ru", list.toString()).out())
                .isEqualTo("2,given_name,отсутствует; для строки CIVILIAN это обязательно" + System.lineSeparator());
    }

    @Test
    void aColumnOrMessageWithACommaIsQuoted() throws IOException {
        Path list = csv("w.csv", StandardCharsets.UTF_8, "id,\"Прізвище, ім'я\",surname,given_name,category", "1,x,Бондар,Ігор,CIVILIAN");
        Run run = validate(list.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("1,\"Прізвище, ім'я\",warning: column not recognised;");
    }

    @Test
    void warningsCanBeLeftOut() throws IOException {
        Path list = csv("w.csv", StandardCharsets.UTF_8, "id,surname,given_name,birth_date,category", "1,Бондар,Ігор,03.25.1990,POW");
        assertThat(validate(list.toString()).out()).contains("warning: ");
        assertThat(validate("--no-warnings", list.toString())).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void theEncodingCanBeForced() throws IOException {
        Path list = csv("cp1251.csv", Charset.forName("windows-1251"), "id,Прізвище,Ім'я,category", "1,Бондар,Ігор,CIVILIAN");
        assertThat(validate(list.toString()).exit()).isZero();
        Run forced = validate("--encoding", "UTF-8", list.toString());
        assertThat(forced.exit()).isEqualTo(1);
        assertThat(forced.out()).startsWith("1,,\"the file is not valid UTF-8 text (the bytes at offset 3, row 1)");
        assertThat(validate("--encoding", "no-such-set", list.toString()).exit()).isEqualTo(2);
    }

    @Test
    void garbageEmptyAndOldExcelFilesGetAClearErrorNotAStackTrace() throws IOException {
        byte[] garbage = new byte[4096];
        new SplittableRandom(7).nextBytes(garbage);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThat(validate(file("g.bin", garbage).toString())).isEqualTo(new Run(1,
                "0,,not a CSV or XLSX file (it holds binary data); save the list as CSV or XLSX" + System.lineSeparator(), ""));
        assertThat(validate(file("e.csv", new byte[0]).toString()).out()).isEqualTo("0,,the file is empty" + System.lineSeparator());
        assertThat(validate(file("old.xls", xls).toString()).out()).startsWith("0,,an old Excel .xls workbook");
        Run broken = validate(file("b.xlsx", brokenZip).toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).startsWith("0,,").contains("the XLSX workbook cannot be read (").doesNotContain("\tat ");
    }

    @Test
    void aCorruptedWorkbookPrintsItsProblemAndNoParserNoise() throws IOException {
        byte[] xlsx;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var bytes = new java.io.ByteArrayOutputStream()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("id");
            book.write(bytes);
            xlsx = bytes.toByteArray();
        }
        for (int i = 30; i < xlsx.length; i += 97) {
            xlsx[i] = '<';
        }
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        Run run;
        try {
            run = validate(file("corrupt.xlsx", xlsx).toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("0,,");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void aMissingFileExitsTwoWithAMessageOnStandardError() {
        Run run = validate(dir.resolve("absent.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("repatria validate: cannot read ");
    }

    @Test
    void theCommandIsRegisteredWithMain() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("validate");
    }
}
