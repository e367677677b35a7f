package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;

/** The inquiry pages: the form names the field at fault in the reader's language; the page shows the history; need to know. */
class InquiryDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static Map<String, String> form() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("asker_name", "Ковальчук Ганна");
        f.put("asker_relation", "мати");
        f.put("asker_contact", "+380 44 000 00 00");
        f.put("consent", "yes");
        f.put("names", "Ковальчук Олександр Петрович\nKovalchuk Oleksandr");
        f.put("birth_date", "1990");
        return f;
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return running.desk(A_DESK).post(path, body, "application/x-www-form-urlencoded");
    }

    private static String recorded() {
        HttpResponse<String> r = post("/desk/inquiries", form());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aBadBirthDateIsRefusedNamingTheFieldInTheReadersLanguageAndKeepingWhatWasTyped() {
        Map<String, String> f = form();
        f.put("birth_date", "31.02.1990");

        HttpResponse<String> r = post("/desk/inquiries?lang=uk", f);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-birth_date\"").contains("Дата або рік народження")
                .contains("value=\"31.02.1990\"").contains("Ковальчук Ганна");
    }

    @Test
    void aRecordedInquiryOpensOnItsPageInEveryLanguage() {
        String page = recorded();

        for (String lang : new String[] {"en", "uk", "ru"}) {
            HttpResponse<String> r = running.desk(A_DESK).get(page + "?lang=" + lang);
            assertThat(r.statusCode()).as(lang).isEqualTo(200);
            assertThat(r.body()).contains("Ковальчук Олександр Петрович; Kovalchuk Oleksandr").contains("id=\"history\"");
        }
    }

    @Test
    void theListOfInquiriesShowsItWithItsNewAlerts() {
        String page = recorded();

        String body = running.desk(A_DESK).get("/desk/inquiries?lang=ru").body();

        assertThat(body).contains("href=\"" + page + "\"").contains("Новые оповещения");
    }

    @Test
    void theOtherSidesDeskFindsNoSuchPage() {
        String page = recorded();

        assertThat(running.desk(B_DESK).get(page).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeOfStatusIsInTheHistoryInTheReadersWords() {
        String page = recorded();
        HttpResponse<String> closed = post(page + "/status", Map.of("status", "closed", "reason", "знайдено"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);

        String body = running.desk(A_DESK).get(page + "?lang=uk").body();

        assertThat(body).contains("змінено стан: відкритий → закритий").contains("знайдено");
    }

    @Test
    void theHomePageCountsTheNewAlerts() {
        assertThat(running.desk(A_DESK).get("/desk?lang=en").body()).contains("New alerts on inquiries");
    }
}
