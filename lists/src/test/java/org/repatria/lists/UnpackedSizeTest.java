package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.lists.check.Problem;

/**
 * An XLSX workbook of about 20 MB whose sheet unpacks to 400 MB (under POI's zip-bomb ratio of 100) is refused from its
 * zip directory, before POI unpacks anything: within 2 s of CPU and 256 MB allocated, also three at once.
 */
class UnpackedSizeTest {
    private static final long UNPACKED = 400L * 1000 * 1000;
    @TempDir
    static Path dir;
    private static byte[] workbook;

    @BeforeAll
    static void buildTheWorkbook() throws IOException {
        Path file = dir.resolve("big.xlsx");
        SplittableRandom rng = new SplittableRandom(15);
        ZippedXlsx.write(file, out -> {
            out.write(ZippedXlsx.row(1, List.of("id", "surname", "given_name", "category")));
            long written = 0;
            for (int r = 2; written < UNPACKED; r++) {
                // rows of repeated cells, each with a random letter so that the sheet packs about 20 to 1
                byte[] row = ZippedXlsx.row(r, List.of(Integer.toString(r), "Бондаренко" + (char) ('а' + rng.nextInt(32)),
                        "Олександр", "POW"));
                out.write(row);
                written += row.length;
            }
        });
        workbook = Files.readAllBytes(file);
        System.out.printf(Locale.ROOT, "FIGURE the XLSX: %,d bytes packed, sheet over %,d bytes unpacked (ratio %.1f)%n",
                workbook.length, UNPACKED, (double) UNPACKED / workbook.length);
    }

    @Test
    void aWorkbookWhoseSheetUnpacksTo400MbIsRefusedNamingThePartAndTheLimitWithinTwoSecondsUnder256Mb() {
        Cost<ImportResult> cost = Cost.of("XLSX whose sheet unpacks to 400 MB", () -> ListImport.read(workbook, ImportLimitsTest.OPTIONS));

        List<Problem> problems = Sheets.rejected(cost.result()).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("xlsx.too-big");
        assertThat(problems.get(0).args().get(0)).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(problems.get(0).message(Locale.ENGLISH)).endsWith("the limit is 67,108,864; split the list or save it as CSV");
        assertThat(cost.cpuMillis()).isLessThan(ImportLimitsTest.TWO_SECONDS);
        assertThat(cost.allocatedBytes()).isLessThan(ImportLimitsTest.BUDGET);
    }

    @Test
    void threeSuchWorkbooksAtOnceAllocateUnder256MbTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Cost<ImportResult>>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i + 1;
                runs.add(pool.submit(() -> Cost.of("XLSX of 400 MB unpacked, upload " + n + " of 3 at once",
                        () -> ListImport.read(workbook, ImportLimitsTest.OPTIONS))));
            }
            long allocated = 0;
            for (Future<Cost<ImportResult>> run : runs) {
                Cost<ImportResult> cost = run.get();
                assertThat(cost.result()).isInstanceOf(ImportResult.Rejected.class);
                allocated += cost.allocatedBytes();
            }
            System.out.printf("FIGURE three XLSX of 400 MB unpacked at once: %,d bytes allocated together%n", allocated);
            assertThat(allocated).isLessThan(ImportLimitsTest.BUDGET);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWorkbookUnderTheLimitIsStillRead() {
        byte[] small = ZippedXlsx.of(List.of(List.of("id", "surname", "given_name", "category"), List.of("1", "Бондар", "Ігор", "POW")));

        ImportResult.Accepted read = Sheets.accepted(ListImport.read(small, ImportLimitsTest.OPTIONS));

        assertThat(read.list().rows()).hasSize(1);
        assertThat(new String(small, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }
}
