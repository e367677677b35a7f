package org.repatria.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
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
 * Item 6 of issue 15: valid list files in each import format (CSV in UTF-8 and windows-1251, XLSX, the API's JSON
 * list), each mutated by a seeded fuzzer (truncated, bytes flipped, NULs and UTF-8 surrogates inserted, huge numbers,
 * wrong types): never a 5xx, a refused import stores nothing (every table's row count as before), a stored one adds
 * its list, and the server still answers {@code /api/health}. {@code -Drepatria.fuzz.seed=N} replays a run,
 * {@code -Drepatria.fuzz.rounds=N} runs longer (rounds per format; 60 by default).
 */
class ImportsFuzzTest {
    private static final long SEED = Long.getLong("repatria.fuzz.seed", 20_261_207L);
    private static final int ROUNDS = Integer.getInteger("repatria.fuzz.rounds", 60);
    private static final String[][] ROWS = {
        {"1", "Шевченко", "Олександр", "1998-03-12", "POW"},
        {"2", "Бондар", "Ігор", "12.03.1990", "POW"},
        {"3", "Мельник", "Ганна", "1975", "POW"},
    };
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void noMutatedCsvGetsA5xxOrLeavesAnythingStoredWhenRefused() {
        run("csv", rng -> csv(rng.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-1251")), "import");
    }

    @Test
    void noMutatedXlsxGetsA5xxOrLeavesAnythingStoredWhenRefused() {
        byte[] xlsx = xlsx();
        run("xlsx", rng -> xlsx, "import");
    }

    @Test
    void noMutatedJsonListGetsA5xxOrLeavesAnythingStoredWhenRefused() {
        run("json", rng -> json(new JsonShapes(rng, 0.1)), "json");
    }

    private interface Fixture {
        byte[] make(SplittableRandom rng);
    }

    private void run(String format, Fixture valid, String route) {
        long seed = SEED ^ format.hashCode();
        System.out.println("ImportsFuzzTest " + format + " seed " + seed + ", " + ROUNDS + " rounds");
        SplittableRandom rng = new SplittableRandom(seed);
        Client a = running.api(Who.A_DESK);
        List<String> failures = new ArrayList<>();
        int stored = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            byte[] body = Mutations.mutate(valid.make(rng), rng);
            SortedMap<String, Long> before = Stored.counts(running);
            HttpRequest.Builder request = route.equals("json")
                    ? a.request("/api/v1/lists").header("Content-Type", "application/json")
                    : a.request("/api/v1/lists/import?title=fuzz" + round + "&purpose=request&accept_warnings=true").header("Content-Type", "application/octet-stream");
            HttpResponse<String> r = a.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            String what = format + " round " + round + " (" + body.length + " bytes) -> " + r.statusCode() + " "
                    + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            if (r.statusCode() >= 500) {
                failures.add("5xx: " + what);
            } else if (r.statusCode() >= 400 && !Stored.changed(before, Stored.counts(running)).isEmpty()) {
                failures.add("refused but stored " + Stored.changed(before, Stored.counts(running)) + ": " + what);
            } else if (r.statusCode() == 201) {
                stored++;
            }
        }
        System.out.printf("ImportsFuzzTest %s: %d files in %.1f s, %d stored, %d failures%n", format, ROUNDS,
                (System.nanoTime() - start) / 1e9, stored, failures.size());
        failures.forEach(System.out::println);
        assertThat(running.anonymous().get("/api/health").statusCode()).isEqualTo(200);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(stored).as("the unmutated files (about one in eight) are stored, so the fuzzer reaches past the reader")
                .isPositive();
    }

    private static byte[] csv(Charset charset) {
        StringBuilder s = new StringBuilder("id,surname,given_name,birth_date,category\n");
        for (String[] row : ROWS) {
            s.append(String.join(",", row)).append('\n');
        }
        return s.toString().getBytes(charset);
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[] header = {"id", "surname", "given_name", "birth_date", "category"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < ROWS.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(ROWS[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(JsonShapes shapes) {
        StringBuilder rows = new StringBuilder();
        for (String[] row : ROWS) {
            rows.append(rows.isEmpty() ? "" : ",").append("{\"id\":\"").append(row[0]).append("\",\"surname\":\"").append(row[1])
                    .append("\",\"given_name\":\"").append(row[2]).append("\"}");
        }
        String fuzzed = shapes.nextBoolean() ? "," + shapes.of(FuzzRow.class) : "";
        return ("{\"title\":\"fuzz\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[" + rows + fuzzed + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The shape of one row of the API's JSON list, for the generator (the same names as {@code api.Upload.Row}). */
    private record FuzzRow(String id, String surname, String givenName, String patronymic, String sex, String birthDate,
                           String birthPlace, String militaryId, String rank, String unit, String category) {
    }
}
