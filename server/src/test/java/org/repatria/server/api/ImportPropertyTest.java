package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Property: whatever file reaches {@code POST /api/v1/lists/import} (random bytes, CSV-like text, real or
 * damaged XLSX), the answer is never a 5xx, and a refused import leaves the store's list count as it was.
 */
class ImportPropertyTest {
    private static final long SEED = 20261127L;
    private static final List<String> HEADERS = List.of("id", "surname", "given_name", "patronymic", "birth_date", "category",
            "sex", "rank", "unit", "military_id", "Прізвище", "Ім'я", "Дата народження", "Фамилия", "Категорія", "№", "", "x\"y");
    private static final List<String> CELLS = List.of("", "1", "1", "Бондар", "Iгор", "Ivanov", "31.02.1990", "03.25.1990",
            "1990", "2031-01-01", "POW", "CIVILIAN", "REMAINS", "CHILD", "ВП", "m", "f", "\"", "\"\"a", ";", ",", "\n", "\r",
            "=1+1", "\u0000", "\uFEFF", "Жанна\u0301", "x".repeat(300));

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    private static int listCount() {
        return Client.json(running.api(Who.A_DESK).get("/api/v1/lists")).size();
    }

    @Test
    void noFileEverGetsA5xxAndARefusedImportStoresNothing() {
        SplittableRandom rng = new SplittableRandom(SEED);
        Client client = running.api(Who.A_DESK);
        for (int i = 0; i < 40; i++) {
            byte[] file = switch (i % 4) {
                case 0 -> bytes(rng);
                case 1 -> csv(rng);
                case 2 -> xlsx(rng);
                default -> damaged(xlsx(rng), rng);
            };
            String query = "title=t" + i + "&purpose=" + pick(rng, List.of("holding", "request", "manifest", "nope"))
                    + (rng.nextBoolean() ? "&accept_warnings=true" : "")
                    + (rng.nextInt(4) == 0 ? "&category=" + pick(rng, List.of("pow", "child", "x")) : "")
                    + (rng.nextInt(4) == 0 ? "&encoding=" + pick(rng, List.of("windows-1251", "utf-8", "klingon")) : "");
            int before = listCount();
            HttpResponse<String> r = client.send(client.request("/api/v1/lists/import?" + query)
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
            String what = "case " + i + " (seed " + SEED + ", " + query + "): " + r.body();
            assertThat(r.statusCode()).as(what).isLessThan(500);
            assertThat(listCount()).as(what).isEqualTo(r.statusCode() == 201 ? before + 1 : before);
        }
    }

    private static String pick(SplittableRandom rng, List<String> from) {
        return from.get(rng.nextInt(from.size()));
    }

    private static byte[] bytes(SplittableRandom rng) {
        byte[] b = new byte[rng.nextInt(4000)];
        rng.nextBytes(b);
        return b;
    }

    private static byte[] csv(SplittableRandom rng) {
        String sep = pick(rng, List.of(",", ";", "\t"));
        StringBuilder s = new StringBuilder();
        int columns = 1 + rng.nextInt(7);
        for (int c = 0; c < columns; c++) {
            s.append(c == 0 ? "" : sep).append(pick(rng, HEADERS));
        }
        for (int r = rng.nextInt(12); r > 0; r--) {
            s.append(rng.nextBoolean() ? "\r\n" : "\n");
            for (int c = 0; c < columns + rng.nextInt(3) - 1; c++) {
                s.append(c == 0 ? "" : sep).append(pick(rng, CELLS));
            }
        }
        return s.toString().getBytes(Charset.forName(rng.nextBoolean() ? "UTF-8" : "windows-1251"));
    }

    private static byte[] xlsx(SplittableRandom rng) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            int columns = 1 + rng.nextInt(7);
            for (int r = 0; r < 1 + rng.nextInt(10); r++) {
                Row row = sheet.createRow(r + rng.nextInt(2));
                for (int c = 0; c < columns; c++) {
                    switch (rng.nextInt(r == 0 ? 1 : 4)) {
                        case 0 -> row.createCell(c).setCellValue(r == 0 ? pick(rng, HEADERS) : pick(rng, CELLS).replace("\u0000", ""));
                        case 1 -> row.createCell(c).setCellValue(rng.nextDouble() * 50_000);
                        case 2 -> row.createCell(c).setCellFormula("1+" + rng.nextInt(9));
                        default -> row.createCell(c).setCellValue(rng.nextBoolean());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] damaged(byte[] file, SplittableRandom rng) {
        byte[] copy = rng.nextBoolean() ? file.clone() : Arrays.copyOf(file, rng.nextInt(file.length));
        for (int k = rng.nextInt(1, 20); k > 0 && copy.length > 0; k--) {
            copy[rng.nextInt(copy.length)] = (byte) rng.nextInt(256);
        }
        return copy;
    }
}
