package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {
    private static final String HEADER = "id,surname,given_name,patronymic,sex,birth_date,birth_place,military_id,unit\n";
    private static final String UKRAINIAN = HEADER
            + "L1,Ковальчук,Олександр,Миколайович,Ч,12.03.1998,м. Київ,,\n"
            + "L2,Шевченко,Андрій,Петрович,Ч,1990-05-01,,,\n"
            + "L3,Бондаренко,Юлія,Сергіївна,Ж,1985,,,\n"
            + "L4,Мельник,Іван,Васильович,Ч,1979-11-30,,,\n"
            + "L5,Ткаченко,Дмитро,Олегович,Ч,2001-07-14,,,\n"
            + "L6,Лисенко,Тарас,Іванович,Ч,1969-02-21,,,\n";
    private static final String RUSSIAN_AND_LATIN = HEADER
            + "R1,Ковальчук,Александр,Николаевич,М,1998-12-03,г. Киев,,\n"
            + "R2,Shevchenko,Andrii,Petrovych,M,1990-05-01,,,\n"
            + "R3,Бондаренко,Юлия,Сергеевна,Ж,1985-02-02,,,\n"
            + "R4,Мельник,Иван,Васильевич,М,1979-11-30,,,\n"
            + "R5,Кравец,Пётр,,М,1960-01-01,,,\n"
            + "R6,Гордиенко,Владимир,Ильич,М,1955-08-08,,,\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void linksUkrainianRowsToTheirRussianAndLatinForms() throws IOException {
        Path pairs = dir.resolve("pairs.csv");

        int code = run(write("left.csv", UKRAINIAN), write("right.csv", RUSSIAN_AND_LATIN), "--out", pairs.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,score,decision");
        assertThat(lines.stream().filter(l -> l.endsWith(",match")).map(l -> l.substring(0, 5)))
                .containsExactlyInAnyOrder("L1,R1", "L2,R2", "L3,R3", "L4,R4");
        assertThat(err.toString()).contains("match: [");
    }

    @Test
    void scoresAreProbabilities() throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        run(write("left.csv", UKRAINIAN), write("right.csv", RUSSIAN_AND_LATIN), "--out", pairs.toString());

        assertThat(Files.readAllLines(pairs).stream().skip(1).map(l -> Double.parseDouble(l.split(",")[2])))
                .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }

    @Test
    void emptyListsGiveAHeaderOnly() throws IOException {
        Path pairs = dir.resolve("pairs.csv");

        int code = run(write("left.csv", HEADER), write("right.csv", "\uFEFF" + HEADER), "--out", pairs.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(pairs)).containsExactly("left_id,right_id,score,decision");
    }

    @Test
    void windows1251ListsAreRead() throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Path left = dir.resolve("left.csv");
        Files.write(left, UKRAINIAN.getBytes(Charset.forName("windows-1251")));

        int code = run(left.toString(), write("right.csv", RUSSIAN_AND_LATIN), "--out", pairs.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(pairs)).contains("L1,R1");
    }

    @Test
    void aBadFileGetsValidatesProblemLinesAndNothingIsWritten() throws IOException {
        int code = matchLeft(HEADER + "L1,Ковальчук,Олександр,,Ч,31-02-1998,,,\n" + "L1,Шевченко,Андрій,,,,,,\n");

        assertRefused(code, ",2,birth_date,“31-02-1998” is not a possible date");
        assertThat(out.toString()).contains(left() + ",3,id,the id L1 is already used in row 2");
    }

    @Test
    void aListWithoutAnIdColumnIsRefused() throws IOException {
        assertRefused(matchLeft("surname,given_name\nКовальчук,Іван\n"), ",1,id,the list has no id column");
    }

    @Test
    void aCategoryGivenOnTheCommandLineBringsItsMandatoryFields() throws IOException {
        int code = matchLeft(HEADER + "L1,Мельник,,Васильович,Ч,1979-11-30,,,\n", "--category", "POW");

        assertRefused(code, ",2,given_name,missing; a POW row needs it");
    }

    @Test
    void anEmptyFileIsRefusedAsValidateRefusesIt() throws IOException {
        assertRefused(matchLeft(""), ",0,,");
    }

    @Test
    void rowsWithOnlyWarningsAreStillMatched() throws IOException {
        int code = matchLeft(UKRAINIAN.replace("unit\n", "unit,notes\n").replace("1979-11-30,,,\n", "1979-30-11,,,,\n"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",1,notes,warning: column not recognised")
                .contains(left() + ",5,birth_date,warning: “1979-30-11” has no such month");
        assertThat(Files.readAllLines(pairs())).anyMatch(l -> l.startsWith("L4,R4,") && l.endsWith(",match"));
    }

    @Test
    void withoutACategoryARowNeedsNoGivenNameToBeMatched() throws IOException {
        int code = matchLeft(HEADER + "L1,Мельник,,Васильович,Ч,1979-11-30,,,\n");

        assertThat(code).as(out.toString()).isZero();
        assertThat(Files.readString(pairs())).contains("L1,R4,");
    }

    @Test
    void aFileThatCannotBeReadExitsWithTwo() throws IOException {
        Path pairs = dir.resolve("pairs.csv");

        int code = run(dir.resolve("absent.csv").toString(), write("right.csv", RUSSIAN_AND_LATIN), "--out", pairs.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("match: cannot read " + dir.resolve("absent.csv"));
    }

    /** Runs match with {@code leftCsv} as the left list against {@link #RUSSIAN_AND_LATIN}; the exit code. */
    private int matchLeft(String leftCsv, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(write("left.csv", leftCsv),
                write("right.csv", RUSSIAN_AND_LATIN), "--out", pairs().toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    /** Refused with exit 1, the left file's problem line ending {@code line} printed, nothing written. */
    private void assertRefused(int code, String line) {
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(left() + line);
        assertThat(pairs()).doesNotExist();
    }

    private Path left() {
        return dir.resolve("left.csv");
    }

    private Path pairs() {
        return dir.resolve("pairs.csv");
    }

    private String write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "match";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(full);
    }
}
