package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;

/**
 * An uploaded answers sheet's problems are said on the desk in the reader's language (issue 13, item 9): each from
 * its code, with the row and the column as the reader's template heads it; none of the API's English sentences.
 */
class AnswerSheetWordsDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    /** Rows 2-8 of this sheet each break one rule: unknown status, no row id, a row not in the list, a row answered
     * twice, a date not readable, a note too long. */
    private static final String FAULTY = String.join("\n", "{header}", "1,гуляет,,", ",{found},,", "99,{found},,",
            "2,{found},,", "2,{found},,", "1,{found},вчора,", "1,{found},,{long}") + "\n";

    private static String body(String id, String lang, String sheet) {
        Multipart form = Multipart.of(Map.of(), "answers.csv", sheet.getBytes(StandardCharsets.UTF_8));
        Client worker = ChildRequests.desk(running);
        HttpResponse<String> r = worker.send(worker.request("/desk/requests/" + id + "/answers/draft?lang=" + lang)
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        return r.body();
    }

    private static String faulty(String header, String found) {
        return FAULTY.replace("{header}", header).replace("{found}", found).replace("{long}", "я".repeat(2001));
    }

    private static void saysNoEnglish(String body) {
        assertThat(body).doesNotContain("unknown status", "give one of", "row id is empty", "is not in the list",
                "answered already", "not a date", "characters long", "no column", "split the sheet");
    }

    @Test
    void aUkrainianReaderReadsEverySheetProblemInUkrainian() {
        String id = ChildRequests.relayed(running, "Діти, аркуш uk", 2);
        String body = body(id, "uk", faulty("номер рядка,статус,дата,примітка", "знайдено"));
        saysNoEnglish(body);
        assertThat(body).contains("Невідомий статус «гуляет»; вкажіть один із таких: утримується,")
                .contains("Номер рядка порожній").contains("Рядка 99 немає в списку.")
                .contains("На рядок 2 уже відповідає рядок аркуша 5").contains("«вчора» — не дата")
                .contains("символів, а дозволено щонайбільше").contains("<td><code>примітка</code></td>");
    }

    @Test
    void aRussianReaderReadsEverySheetProblemInRussian() {
        String id = ChildRequests.relayed(running, "Діти, аркуш ru", 2);
        String body = body(id, "ru", faulty("номер строки,статус,дата,примечание", "найден"));
        saysNoEnglish(body);
        assertThat(body).contains("Неизвестный статус «гуляет»; укажите один из таких: содержится,")
                .contains("Номер строки пуст").contains("Строки 99 нет в списке.")
                .contains("На строку 2 уже отвечает строка листа 5").contains("«вчора» — не дата")
                .contains("символов, а допускается не более").contains("<td><code>примечание</code></td>");
    }

    @Test
    void aMissingColumnIsNamedAsTheReadersTemplateHeadsIt() {
        String id = ChildRequests.relayed(running, "Діти, аркуш без статусу", 2);
        String uk = body(id, "uk", "номер рядка,дата\n1,2025\n");
        String ru = body(id, "ru", "номер строки,дата\n1,2025\n");
        assertThat(uk).contains("У заголовку немає стовпця «статус»; додайте його.").doesNotContain("no column");
        assertThat(ru).contains("В заголовке нет столбца «статус»; добавьте его.").doesNotContain("no column");
    }

    @Test
    void anUnreadableFileIsRefusedInTheReadersWords() {
        String id = ChildRequests.relayed(running, "Діти, аркуш xls", 1);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Multipart form = Multipart.of(Map.of(), "answers.xls", oldExcel);
        Client worker = ChildRequests.desk(running);
        HttpResponse<String> r = worker.send(worker.request("/desk/requests/" + id + "/answers/draft?lang=uk")
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Файл не вдається прочитати як таблицю відповідей; надішліть файл CSV або XLSX.");
    }
}
