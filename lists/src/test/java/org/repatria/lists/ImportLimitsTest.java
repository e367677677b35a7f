package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.person.Person;
import org.repatria.lists.check.Problem;

/**
 * The limits on a list file (docs/decisions/0163): a field longer than the JSON API's 200 characters, a file that would
 * report millions of problems, more rows or bytes than allowed; each refused in under 2 s and 256 MB allocated, naming
 * the limit. The figures are printed ("FIGURE ..."); the time asserted is the thread's CPU time (see {@link Cost}).
 */
class ImportLimitsTest {
    static final ImportOptions OPTIONS = ImportOptions.on(LocalDate.of(2025, 6, 2));
    static final long TWO_SECONDS = 2_000;
    static final long BUDGET = 256L * 1024 * 1024;
    private static final String HEAD = "id,surname,given_name,birth_date,category\n";

    @TempDir
    Path dir;

    @Test
    void aMillionCharacterCsvFieldIsRefusedNamingRowColumnAndLengthWithinTwoSecondsAndUnder256Mb() {
        byte[] file = (HEAD + "1," + "Ж".repeat(1_000_000) + ",Ігор,1990,POW\n").getBytes(StandardCharsets.UTF_8);

        Cost<ImportResult> cost = Cost.of("CSV with a 1,000,000-character surname", () -> ListImport.read(file, OPTIONS));

        List<Problem> problems = Sheets.rejected(cost.result()).problems();
        assertThat(problems).extracting(Problem::row, Problem::column, Problem::code)
                .containsExactly(tuple(2, "surname", "cell.too-long"));
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("1,000,000 characters, the limit is 200");
        assertThat(cost.cpuMillis()).isLessThan(TWO_SECONDS);
        assertThat(cost.allocatedBytes()).isLessThan(BUDGET);
    }

    @Test
    void aMillionCharacterXlsxCellIsRefusedNamingRowColumnAndLengthWithinTwoSecondsAndUnder256Mb() {
        byte[] file = ZippedXlsx.of(List.of(List.of("id", "surname", "given_name", "category"),
                List.of("1", letters(1_000_000), "Ігор", "POW")));

        Cost<ImportResult> cost = Cost.of("XLSX with a 1,000,000-character surname", () -> ListImport.read(file, OPTIONS));

        assertThat(Sheets.rejected(cost.result()).problems()).extracting(Problem::row, Problem::column, Problem::code, Problem::args)
                .containsExactly(tuple(2, "surname", "cell.too-long", List.of("1,000,000", "200")));
        assertThat(cost.cpuMillis()).isLessThan(TWO_SECONDS);
        assertThat(cost.allocatedBytes()).isLessThan(BUDGET);
    }

    @Test
    void aFieldOfTheLimitIsTakenAndOneCharacterMoreIsRefused() {
        String at = "Ж".repeat(Person.MAX_TEXT);
        ImportResult.Accepted taken = Sheets.accepted(ListImport.read(
                (HEAD + "1," + at + ",Ігор,1990,POW\n").getBytes(StandardCharsets.UTF_8), OPTIONS));
        assertThat(taken.list().rows().get(0).person().name().surname()).hasSize(Person.MAX_TEXT);

        ImportResult over = ListImport.read((HEAD + "1,Бондар," + at + "Ж,1990,POW\n").getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertThat(Sheets.rejected(over).problems()).extracting(Problem::column, Problem::args)
                .containsExactly(tuple("given_name", List.of("201", "200")));
    }

    @Test
    void aListReadForLinkingLeavesATooLongFieldOutAndSaysSo() {
        byte[] file = (HEAD + "1," + "Ж".repeat(5_000) + ",Ігор,1990,POW\n").getBytes(StandardCharsets.UTF_8);

        LinkableList read = ListImport.forLinking(file, OPTIONS);

        assertThat(read).isInstanceOfSatisfying(LinkableList.Linkable.class, l -> {
            assertThat(l.problems()).extracting(Problem::column, Problem::code).contains(tuple("surname", "cell.too-long"));
            assertThat(l.list().rows().get(0).person().name().surname()).isEmpty();
        });
    }

    @Test
    void aFiftyMegabyteCsvWithAnErrorInEveryRowIsRefusedWithinTwoSecondsUnder256MbWithAThousandProblems() throws IOException {
        Path csv = dir.resolve("errors.csv");
        write(csv, 50L * 1000 * 1000, i -> i + ",Бондар,Ігор,31.02.1990,POW\n");
        byte[] file = Files.readAllBytes(csv);

        Cost<ImportResult> cost = Cost.of("50 MB CSV, an error in every row", () -> ListImport.read(file, OPTIONS));

        List<Problem> problems = Sheets.rejected(cost.result()).problems();
        assertThat(problems).filteredOn(Problem::isError).hasSize(ListImport.MAX_PROBLEMS + 1);
        assertThat(problems).hasSizeLessThanOrEqualTo(2 * ListImport.MAX_PROBLEMS + 1);
        assertThat(problems.getLast().code()).isEqualTo("problems.stopped");
        assertThat(problems.getLast().message(Locale.ENGLISH))
                .isEqualTo("more than 1,000 problems; reading stopped at row 1,001: correct these and send the file again");
        long reported = problems.stream().mapToLong(p -> p.message(Locale.ENGLISH).length() + p.column().length() + 16).sum();
        System.out.printf("FIGURE 50 MB CSV (%,d bytes), an error in every row: %,d problems, %,d characters of report%n",
                file.length, problems.size(), reported);
        assertThat(reported).isLessThan(200_000);
        assertThat(cost.cpuMillis()).isLessThan(TWO_SECONDS);
        assertThat(cost.allocatedBytes()).isLessThan(BUDGET);
    }

    @Test
    void aFiftyMegabyteCsvOfGoodRowsIsRefusedAtTheRowLimitItNames() throws IOException {
        Path csv = dir.resolve("good.csv");
        write(csv, 50L * 1000 * 1000, ImportLimitsTest::person);
        byte[] file = Files.readAllBytes(csv);

        Cost<ImportResult> cost = Cost.of("50 MB CSV of good rows, limit 100,000 rows",
                () -> ListImport.read(file, OPTIONS.withMaxRows(100_000)));

        assertThat(Sheets.rejected(cost.result()).problems()).filteredOn(Problem::isError)
                .extracting(Problem::row, Problem::code, Problem::args)
                .containsExactly(tuple(100_002, "file.too-long", List.of("100,000")));
    }

    @Test
    void aFileOverTheByteLimitIsRefusedUnreadNamingTheLimit() {
        byte[] file = new byte[(int) ListImport.MAX_BYTES + 1];

        ImportResult result = ListImport.read(file, OPTIONS);

        assertThat(Sheets.rejected(result).problems()).extracting(Problem::code, Problem::args)
                .containsExactly(tuple("file.too-big", List.of("67,108,865", "67,108,864")));
    }

    @Test
    void warningsNeverHideAnError() {
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 1; i <= ListImport.MAX_PROBLEMS + 10; i++) { // a swapped date: a warning
            csv.append(i).append(",").append(SURNAMES[i % SURNAMES.length]).append(",Ігор,").append(i % 12 + 1)
                    .append(".25.").append(1950 + i % 50).append(",POW\n");
        }
        csv.append("x,Бондар,Ігор,31.02.1990,POW\n");

        List<Problem> problems = Sheets.rejected(ListImport.read(csv.toString().getBytes(StandardCharsets.UTF_8), OPTIONS))
                .problems();

        assertThat(problems).filteredOn(Problem::isError).extracting(Problem::code).containsExactly("date.impossible");
        assertThat(problems).filteredOn(p -> !p.isError()).hasSize(ListImport.MAX_PROBLEMS + 1);
        assertThat(problems.getLast().message(Locale.ENGLISH)).isEqualTo("10 more warnings not listed");
    }

    private static final String[] SURNAMES = {"Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
        "Мельник", "Шевчук", "Поліщук", "Лисенко", "Марченко", "Руденко", "Савченко", "Петренко"};
    private static final String[] GIVEN = {"Олександр", "Андрій", "Сергій", "Дмитро", "Іван", "Юрій", "Максим", "Олег"};

    /** A person row no other row repeats. */
    static String person(long i) {
        return i + "," + SURNAMES[(int) (i % SURNAMES.length)] + "," + GIVEN[(int) (i / SURNAMES.length % GIVEN.length)] + ","
                + LocalDate.of(1975, 1, 1).plusDays(i % 10_000) + ",POW\n";
    }

    /** {@code n} Cyrillic letters drawn with a fixed seed: text that packs about as well as a real list's. */
    static String letters(int n) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(15);
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append((char) ('а' + rng.nextInt(32)));
        }
        return text.toString();
    }

    interface Line {
        String of(long i);
    }

    static void write(Path file, long bytes, Line line) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            long written = HEAD.length();
            for (long i = 1; written < bytes; i++) {
                byte[] row = line.of(i).getBytes(StandardCharsets.UTF_8);
                out.write(row);
                written += row.length;
            }
        }
    }
}
