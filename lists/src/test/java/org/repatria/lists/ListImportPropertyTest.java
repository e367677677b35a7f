package org.repatria.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property-style: whatever bytes arrive, reading never throws and never returns part of a list. A
 * result is either accepted with every non-blank data row, or rejected with at least one error and no
 * row. Seeded; a failure names the seed and the case to replay.
 */
class ListImportPropertyTest {
    private static final long SEED = 20250602L;
    private static final ImportOptions OPTIONS = ImportOptions.on(LocalDate.of(2025, 6, 2));
    private static final String ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВГІЇЄabcopxyeiACEHOPX0123456789"
            + " ,;\"\t\r\n.-/'’ʼ\u00A0\u200B\uFEFF=";
    private static final String[] HEADERS = {"id", "surname", "given_name", "patronymic", "sex", "birth_date", "category",
        "Прізвище", "Фамилия", "Ім'я", "Дата рождения", "ФИО", "unknown", ""};
    private static final String[] CELLS = {"1", "2", "Бондар", "Іванoв", "Ivanoв", "POW", "CHILD", "REMAINS", "x",
        "31.02.1990", "03.25.1990", "1990", "05.1990", "2030", "", " ", "\"", "Ж", "M", "=1/0", "ПЕТРЕНКО"};

    @Test
    void arbitraryBytesNeverThrowAndNeverGiveAPartialList() {
        forCases("bytes", 300, rng -> {
            byte[] bytes = new byte[rng.nextInt(2000)];
            rng.nextBytes(bytes);
            if (rng.nextBoolean() && bytes.length > 4) { // pretend to be a zip: exercise the XLSX path
                bytes[0] = 0x50;
                bytes[1] = 0x4B;
                bytes[2] = 0x03;
                bytes[3] = 0x04;
            }
            return bytes;
        });
    }

    @Test
    void arbitraryCsvTextNeverThrowsAndNeverGivesAPartialList() {
        forCases("csv text", 300, rng -> {
            StringBuilder text = new StringBuilder();
            int n = rng.nextInt(600);
            for (int i = 0; i < n; i++) {
                text.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
            }
            Charset charset = rng.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-1251");
            return text.toString().getBytes(charset);
        });
    }

    @Test
    void arbitraryCsvGridsNeverThrowAndNeverGiveAPartialList() {
        forCases("csv grid", 300, rng -> {
            List<String> lines = new ArrayList<>();
            grid(rng).forEach(row -> lines.add(String.join(rng.nextInt(4) == 0 ? ";" : ",", row)));
            return Sheets.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new));
        });
    }

    @Test
    void arbitraryXlsxSheetsNeverThrowAndNeverGiveAPartialList() {
        forCases("xlsx", 40, rng -> Sheets.xlsx(grid(rng), sheet -> { }));
    }

    @Test
    void corruptedXlsxWorkbooksNeverThrowAndNeverGiveAPartialList() {
        byte[] valid = Sheets.xlsx(List.of(List.of("id", "surname", "given_name", "category"),
                List.of("1", "Бондар", "Ігор", "POW"), List.of("2", "Мельник", "Олег", "POW")), sheet -> { });
        forCases("corrupted xlsx", 60, rng -> {
            byte[] bytes = rng.nextInt(4) == 0 ? java.util.Arrays.copyOf(valid, rng.nextInt(valid.length)) : valid.clone();
            for (int k = 1 + rng.nextInt(8); k > 0 && bytes.length > 4; k--) {
                bytes[4 + rng.nextInt(bytes.length - 4)] = (byte) rng.nextInt(256);
            }
            return bytes;
        });
    }

    private static List<List<String>> grid(SplittableRandom rng) {
        List<List<String>> rows = new ArrayList<>();
        int width = 1 + rng.nextInt(8);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            header.add(HEADERS[rng.nextInt(HEADERS.length)]);
        }
        rows.add(header);
        int height = rng.nextInt(12);
        for (int r = 0; r < height; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(CELLS[rng.nextInt(CELLS.length)]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void forCases(String kind, int cases, Function<SplittableRandom, byte[]> make) {
        SplittableRandom root = new SplittableRandom(SEED);
        for (int i = 0; i < cases; i++) {
            long seed = root.nextLong();
            byte[] bytes = make.apply(new SplittableRandom(seed));
            try {
                ImportResult result = ListImport.read(bytes, OPTIONS);
                switch (result) {
                    case ImportResult.Accepted accepted -> {
                        assertThat(accepted.problems()).noneMatch(org.repatria.lists.check.Problem::isError);
                        assertThat(accepted.list().rows()).allSatisfy(r -> assertThat(r.person().rowId()).isNotBlank());
                    }
                    case ImportResult.Rejected rejected -> assertThat(rejected.problems())
                            .anyMatch(org.repatria.lists.check.Problem::isError);
                }
                result.problems().forEach(p -> assertThat(p.message(java.util.Locale.ROOT)).doesNotStartWith(p.code()));
            } catch (Throwable t) {
                throw new AssertionError(kind + " case " + i + " failed; replay with new SplittableRandom(" + seed
                        + "L) (root seed " + SEED + "): " + t, t);
            }
        }
    }
}
