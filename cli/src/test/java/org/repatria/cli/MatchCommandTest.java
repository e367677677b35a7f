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
import org.repatria.lists.LinkableList;
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

    /** The same people as {@link #UKRAINIAN}'s L4 and L2, written in full, with their military ids. */
    private static final String SAME_PEOPLE = HEADER
            + "R4,Мельник,Іван,Васильович,Ч,1979-11-30,,АБ123456,\n"
            + "R2,Шевченко,Андрій,Петрович,Ч,1990-05-01,,ВГ654321,\n";

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
    void aListWithRowErrorsGetsValidatesProblemLinesAndIsLinked() throws IOException {
        int code = matchLeft(HEADER + "L1,Ковальчук,Олександр,,Ч,31-02-1998,,,\n" + "L1,Шевченко,Андрій,,,,,,\n");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,birth_date,“31-02-1998” is not a possible date")
                .contains(left() + ",3,id,the id L1 is already used in row 2");
        assertThat(err.toString()).contains("match: " + left() + " has errors in its rows (lines above); those rows are"
                + " linked without the fields at fault");
        assertThat(Files.readString(pairs())).contains("L1,R1,").contains("L1#3,R2,");
    }

    @Test
    void aChildWithoutABirthDateIsStillLinked() throws IOException {
        int code = matchSamePeople(HEADER + "L4,Мельник,Іван,Васильович,Ч,,,АБ123456,\n", "--category", "CHILD");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,birth_date,a child’s birth date is missing");
        assertThat(Files.readString(pairs())).contains("\nL4,R4,");
    }

    @Test
    void aPrisonerWithoutAGivenNameIsStillLinked() throws IOException {
        int code = matchSamePeople(HEADER + "L4,Мельник,,Васильович,Ч,1979-11-30,,АБ123456,\n", "--category", "POW");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,given_name,missing; a POW row needs it");
        assertThat(Files.readString(pairs())).contains("\nL4,R4,");
    }

    @Test
    void aRowWithAnImpossibleDateIsStillLinked() throws IOException {
        int code = match(HEADER + "L4,Мельник,Іван,Васильович,Ч,32.11.1979,,АБ123456,\n",
                SAME_PEOPLE.replace("1979-11-30", ""));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,birth_date,“32.11.1979” is not a possible date");
        assertThat(Files.readString(pairs())).contains("\nL4,R4,");
    }

    @Test
    void aRowWithoutAnIdIsLinkedUnderItsRowNumber() throws IOException {
        int code = matchSamePeople(HEADER + ",Мельник,Іван,Васильович,Ч,1979-11-30,,АБ123456,\n");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,id,the id is missing")
                .contains(left() + ",2,id,\"warning: linked under the id “#2”, made from the row number\"");
        assertThat(Files.readString(pairs())).contains("\n#2,R4,");
    }

    @Test
    void aRowWithAnUnknownSexOrAWordInTwoScriptsIsLinkedWithoutThatField() throws IOException {
        int code = matchSamePeople(HEADER + "L4,Мельник,Іван,Васильович,X,1979-11-30,,АБ123456,\n"
                + "L2,Шевченко,Андрій,Пеtрович,Ч,1990-05-01,,ВГ654321,\n");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(left() + ",2,sex,").contains(left() + ",3,patronymic,");
        assertThat(Files.readString(pairs())).contains("\nL4,R4,").contains("\nL2,R2,");
    }

    @Test
    void problemLinesAreCappedWithACountOfTheRest() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < LinkableList.MAX_PROBLEMS + 10; i++) {
            csv.append("X").append(i).append(",Мельник,,,X,,,,\n");
        }

        int code = matchLeft(csv.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(LinkableList.MAX_PROBLEMS + 1);
        assertThat(lines.getLast()).isEqualTo(left() + ",0,,\"and 10 more problems, not listed (repatria validate lists them all)\"");
    }

    @Test
    void aListWithoutANameColumnIsRefused() throws IOException {
        assertRefused(matchLeft("id,birth_date\nL1,1990\n"), ",1,surname,the list has no surname column");
    }

    @Test
    void aListWithoutAnIdColumnIsRefused() throws IOException {
        assertRefused(matchLeft("surname,given_name\nКовальчук,Іван\n"), ",1,id,the list has no id column");
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
        return match(leftCsv, RUSSIAN_AND_LATIN, options);
    }

    /** Runs match with {@code leftCsv} as the left list against {@link #SAME_PEOPLE}; the exit code. */
    private int matchSamePeople(String leftCsv, String... options) throws IOException {
        return match(leftCsv, SAME_PEOPLE, options);
    }

    private int match(String leftCsv, String rightCsv, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(write("left.csv", leftCsv),
                write("right.csv", rightCsv), "--out", pairs().toString()));
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
