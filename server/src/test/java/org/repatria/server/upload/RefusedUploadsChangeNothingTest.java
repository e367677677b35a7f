package org.repatria.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Every refused upload, over the server's own doors (the API's {@code POST /api/v1/lists/import} and
 * {@code POST /api/v1/lists}, the desk's {@code POST /desk/upload}), changes nothing: no list, no row, no log entry,
 * no document (docs/decisions/0163). The big ones are answered with a small reply; their wall time and the bytes the
 * whole JVM allocated while answering (client and server share it here) are printed ("FIGURE ...").
 */
class RefusedUploadsChangeNothingTest {
    private static final List<String> TABLES = List.of("lists", "list_rows", "log_entries", "documents");
    private static final String HEAD = "id,surname,given_name,birth_date,category\n";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, running.count(t)));
        return counts;
    }

    /** Sends {@code call}, asserting that nothing in the store changed; prints what it cost. */
    private static HttpResponse<String> unchanged(String what, Supplier<HttpResponse<String>> call) {
        Map<String, Long> before = counts();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> allocated = allocated(threads);
        long start = System.nanoTime();
        HttpResponse<String> r = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("FIGURE %s over HTTP: %d, %,d ms wall, %,d bytes allocated by the JVM, reply %,d characters%n",
                what, r.statusCode(), millis, since(allocated, allocated(threads)), r.body().length());
        assertThat(counts()).as(what).isEqualTo(before);
        return r;
    }

    /** Bytes allocated by threads alive now; a thread that ends in between is left out of both sides. */
    private static Map<Long, Long> allocated(com.sun.management.ThreadMXBean threads) {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    private static long since(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return sum;
    }

    private static HttpResponse<String> apiImport(byte[] file) {
        Client client = running.api(Who.A_DESK);
        return client.send(client.request("/api/v1/lists/import?title=T&purpose=request&accept_warnings=true")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private static HttpResponse<String> deskUpload(byte[] file) {
        Client desk = running.desk(Who.A_DESK);
        String boundary = "----repatria-uploads-15";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of("_csrf", "", "title", "Список", "purpose", "holding").entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return desk.send(desk.request("/desk/upload?lang=en").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] millionCharacterSurname() {
        return (HEAD + "1," + "Ж".repeat(1_000_000) + ",Ігор,1990,POW\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fiftyMegabytesOfErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(50_100_000);
        out.writeBytes(HEAD.getBytes(StandardCharsets.UTF_8));
        for (int i = 1; out.size() < 50_000_000; i++) {
            out.writeBytes((i + ",Бондар,Ігор,31.02.1990,POW\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static final String BEFORE_BAD_BYTE = HEAD + "1,Бондар,Ігор,1990,POW\n2,Мельник";
    private static final int BAD_BYTE_AT = BEFORE_BAD_BYTE.getBytes(StandardCharsets.UTF_8).length;

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BEFORE_BAD_BYTE.getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.writeBytes(",Іван,1991,POW\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aMillionCharacterFieldIsRefusedByTheApiImportNamingRowColumnAndLimit() {
        HttpResponse<String> r = unchanged("API import, 1,000,000-character surname", () -> apiImport(millionCharacterSurname()));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":2", "\"column\":\"surname\"", "1,000,000 characters, the limit is 200");
    }

    @Test
    void aMillionCharacterFieldIsRefusedByTheDeskUpload() {
        HttpResponse<String> r = unchanged("desk upload, 1,000,000-character surname", () -> deskUpload(millionCharacterSurname()));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("1,000,000 characters, the limit is 200");
    }

    @Test
    void aFiftyMegabyteCsvOfErrorsIsRefusedByTheApiImportWithASmallReply() {
        byte[] file = fiftyMegabytesOfErrors();

        HttpResponse<String> r = unchanged("API import, 50 MB CSV with an error in every row", () -> apiImport(file));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("more than 1,000 problems; reading stopped at row 1,001");
        assertThat(r.body().length()).isLessThan(1_000_000);
    }

    @Test
    void aFiftyMegabyteCsvOfErrorsIsRefusedByTheDeskUploadWithASmallPage() {
        byte[] file = fiftyMegabytesOfErrors();

        HttpResponse<String> r = unchanged("desk upload, 50 MB CSV with an error in every row", () -> deskUpload(file));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("more than 1,000 problems; reading stopped at row 1,001");
        assertThat(r.body().length()).isLessThan(2_000_000);
    }

    @Test
    void anXlsxWhoseSheetUnpacksTo400MbIsRefusedByTheApiImportNamingTheLimit() {
        byte[] file = bigWorkbook();

        HttpResponse<String> r = unchanged("API import, XLSX of " + file.length + " bytes whose sheet unpacks to 400 MB",
                () -> apiImport(file));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("xl/worksheets/sheet1.xml", "the limit is 67,108,864");
    }

    @Test
    void anXlsxWhoseSheetUnpacksTo400MbIsRefusedByTheDeskUpload() {
        byte[] file = bigWorkbook();

        HttpResponse<String> r = unchanged("desk upload, XLSX of " + file.length + " bytes whose sheet unpacks to 400 MB",
                () -> deskUpload(file));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("xl/worksheets/sheet1.xml", "the limit is 67,108,864");
    }

    @Test
    void aLoneSurrogateInAnXlsxCellIsRefusedByTheApiImportNamingTheCell() {
        byte[] file = workbook(zip -> {
            zip.write(row(1, List.of("id", "surname", "given_name", "category")));
            zip.write(row(2, List.of("1", "_xD800_abc", "Ігор", "POW"))); // OOXML's escape for U+D800
        });

        HttpResponse<String> r = unchanged("API import, XLSX cell with a lone surrogate", () -> apiImport(file));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":2", "\"column\":\"surname\"", "lone surrogate");
    }

    @Test
    void invalidUtf8IsRefusedByTheApiImportNamingRowAndOffset() {
        HttpResponse<String> r = unchanged("API import, invalid UTF-8", () -> apiImport(invalidUtf8()));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":3", "the file is not UTF-8: the bytes at offset " + BAD_BYTE_AT + " (row 3) are not");
    }

    @Test
    void invalidUtf8IsRefusedByTheDeskUpload() {
        HttpResponse<String> r = unchanged("desk upload, invalid UTF-8", () -> deskUpload(invalidUtf8()));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("the file is not UTF-8: the bytes at offset " + BAD_BYTE_AT + " (row 3) are not");
    }

    @Test
    void aLoneSurrogateInAJsonSurnameIsRefusedNamingTheFieldNotStoredAsAQuestionMark() {
        String list = "{\"title\":\"t\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"\\ud800abc\"}]}";

        HttpResponse<String> r = unchanged("JSON list, lone surrogate", () -> running.api(Who.A_DESK).postJson("/api/v1/lists", list));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("rows[0].surname");
        assertThat(r.body()).contains("lone surrogate");
    }

    @Test
    void aMillionCharacterJsonSurnameIsRefusedNamingTheFieldAndLimit() {
        String list = "{\"title\":\"t\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\""
                + "Ж".repeat(1_000_000) + "\"}]}";

        HttpResponse<String> r = unchanged("JSON list, 1,000,000-character surname",
                () -> running.api(Who.A_DESK).postJson("/api/v1/lists", list));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("rows[0].surname", "1,000,000 characters, the limit is 200");
    }

    @Test
    void aGoodListStillChangesTheStore() {
        Map<String, Long> before = counts();

        HttpResponse<String> r = apiImport((HEAD + "1,Бондар,Ігор,1990,POW\n").getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(counts().get("lists")).isEqualTo(before.get("lists") + 1);
    }

    /** Writes a sheet's rows into the open sheet part. */
    private interface SheetRows {
        void write(ZipOutputStream zip) throws IOException;
    }

    /** About 30 MB whose sheet unpacks to 400 MB: rows of repeated cells, a random letter in each, packed fast. */
    private static byte[] bigWorkbook() {
        SplittableRandom rng = new SplittableRandom(15);
        return workbook(zip -> {
            long written = 0;
            for (int r = 1; written < 400_000_000L; r++) {
                byte[] row = row(r, List.of(Integer.toString(r), "Бондаренко" + (char) ('а' + rng.nextInt(32)), "Олександр", "POW"));
                zip.write(row);
                written += row.length;
            }
        });
    }

    private static byte[] row(int r, List<String> cells) {
        StringBuilder xml = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells.get(c))
                    .append("</t></is></c>");
        }
        return xml.append("</row>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(SheetRows rows) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(Deflater.BEST_SPEED);
                String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
                part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
                part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"" + rels + "\"><sheets><sheet name=\"L\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        .getBytes(StandardCharsets.UTF_8));
                rows.write(zip);
                zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
