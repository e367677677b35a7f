package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;

/** The papers every side reads (the act, the report) carry English, Ukrainian and Russian; the header names the party. */
class PapersInThreeLanguagesTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(8);

    @BeforeAll
    static void handedOver() {
        FiveForFive.handedOverByUa(running);
    }

    @Test
    void theReportPdfCarriesEnglishUkrainianAndRussian() throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(running.desk(Who.A_DESK)
                .request("/desk/agreements/" + FiveForFive.ID + "/report/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("Progress / Перебіг / Ход", "Discrepancies / Розбіжності / Расхождения");
    }

    @Test
    void theActOnTheChecklistCarriesEnglishUkrainianAndRussian() {
        String page = running.desk(Who.B_DESK).get("/desk/agreements/" + FiveForFive.ID + "/tranches/1?lang=ru").body();
        assertThat(page).contains("HANDOVER ACT / АКТ ПЕРЕДАЧІ / АКТ ПЕРЕДАЧИ");
    }

    @Test
    void theHeaderNamesTheReadersPartyNotItsId() {
        String page = running.desk(Who.A_DESK).get("/desk?lang=uk").body();
        assertThat(page).contains("id=\"party-name\">Україна</span>");
    }

    @Test
    void theAgreementPageSaysKindStateAndPartiesInTheReadersLanguage() {
        String page = running.desk(Who.B_DESK).get("/desk/agreements/" + FiveForFive.ID + "?lang=ru").body();
        assertThat(page).contains("военнопленные · <span class=\"verbatim\">Україна ⇄ Россия</span>")
                .contains("data-state=\"ACCEPTED\">принято</span>").doesNotContain(">ACCEPTED<");
    }
}
