package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListImport;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * An upload that cannot be read says what happened (no file chosen, or the file chosen is empty, by its name), and a
 * failed import offers a template of the expected columns, headed in the reader's language with names the importer reads.
 */
class UploadFaultsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static HttpResponse<String> upload(String query, String fileName, byte[] file) {
        Client desk = running.desk(Who.A_DESK);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", "");
        fields.put("title", "Список обміну");
        fields.put("purpose", "holding");
        Multipart m = Multipart.of(fields, fileName, file);
        return desk.send(desk.request("/desk/upload" + query).header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())));
    }

    @Test
    void anUploadWithNoFileChosenSaysNoFileWasChosenAndKeepsTheTitle() {
        HttpResponse<String> r = upload("?lang=en", "", new byte[0]);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("No file was chosen.", "value=\"Список обміну\"");
    }

    @Test
    void anEmptyFileIsNamedAndSaidToBeEmpty() {
        HttpResponse<String> r = upload("?lang=uk", "полонені.csv", new byte[0]);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Файл полонені.csv порожній (0 байтів)");
    }

    @Test
    void anEmptyDocumentFileIsNamedOnTheRefusalAndNothingIsSubmitted() {
        String boundary = "----repatria-doc";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"notes.txt\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"entry\"; filename=\"entry.txt\"\r\n\r\nx\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> r = running.desk(Who.A_DESK).post("/desk/documents?lang=ru", body,
                "multipart/form-data; boundary=" + boundary);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Поле с ошибкой: document", "the file notes.txt chosen as the document is empty (0 bytes)");
    }

    @Test
    void aFailedImportLinksToTheTemplateOfTheExpectedColumns() {
        HttpResponse<String> r = upload("?lang=ru", "list.csv", "surname\nБондар\n".getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"upload-template\"", "href=\"/desk/upload/template.csv\"", "Скачать шаблон");
    }

    @Test
    void theTemplateIsHeadedInTheReadersLanguage() {
        HttpResponse<String> r = running.desk(Who.A_DESK).get("/desk/upload/template.csv?lang=uk");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.body()).startsWith("\uFEFF№,Прізвище,Ім'я,По батькові,Стать");
    }

    @Test
    void everyLanguagesTemplateIsReadByTheImporterWithEveryColumnRecognised() {
        for (Language l : Language.values()) {
            String filled = UploadTemplate.csv(new Text(l)) + "1,Бондар,Ігор,Петрович,M,1990-05-01,Київ,MI-1,1 бригада,солдат,POW\n";
            ImportResult result = ListImport.read(filled.getBytes(StandardCharsets.UTF_8), ImportOptions.on(LocalDate.of(2025, 6, 1)));
            assertThat(result).as(l.name() + ": " + result.problems()).isInstanceOf(ImportResult.Accepted.class);
            assertThat(result.problems().stream().filter(p -> p.code().startsWith("header.")).toList()).as(l.name()).isEmpty();
            assertThat(((ImportResult.Accepted) result).list().rows().get(0).toString()).contains("Петрович", "MI-1");
        }
    }
}
