package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * DNA triage on the desk (issue 12, item 9): before a search no sample claims "no candidate"; a summary counts strong,
 * ambiguous and candidate-less samples; the default threshold is log10 LR 4, not 0.
 */
class DnaTriageDeskTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void beforeASearchEverySampleSaysItWasNotSearchedYetAndNoneSaysItHasNoCandidate() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String page = desk.get(CaseFixture.uploadOnDesk(desk, "Вагон 3")).body();

        assertThat(count(page, "data-triage=\"NOT_SEARCHED\"")).isEqualTo(3);
        assertThat(page).contains("Not searched yet").doesNotContain("No candidate above the threshold")
                .contains("id=\"triage-not-searched\"").doesNotContain("id=\"triage-strong\"");
    }

    @Test
    void theSearchFormOffersTheDefaultThresholdOfFourBeforeAnySearch() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String page = desk.get(CaseFixture.uploadOnDesk(desk, "Вагон 3")).body();

        assertThat(page).contains("name=\"min_log10_lr\" value=\"4.00\"");
        assertThat(page).contains("<dd id=\"threshold\">—</dd>");
    }

    @Test
    void aSearchWithNoThresholdGivenKeepsOnlyLrsOfTenThousandOrMore() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 3");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        assertThat(desk.post(caseUrl + "/search", "_csrf=" + csrf + "&min_log10_lr=", FORM).statusCode()).isEqualTo(303);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, shown -> shown.contains("id=\"triage-none\""));

        // dvir's example2 has LRs of 1 and 5 at best: at log10 LR 4 no sample "matches several" any more.
        assertThat(page).contains("<dd id=\"threshold\">4.00</dd>").doesNotContain("matches several");
        assertThat(tile(page, "triage-none")).isEqualTo("3");
        assertThat(count(page, "data-triage=\"NO_CANDIDATE\"")).isEqualTo(3);
    }

    @Test
    void theSummaryCountsStrongAmbiguousAndCandidateLessSamples() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 3");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        desk.post(caseUrl + "/search", "_csrf=" + csrf + "&min_log10_lr=0.5", FORM);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, shown -> shown.contains("id=\"triage-none\""));

        // At log10 LR 0.5: V2 only as M2 (LR 5) and V3 only as M3 (LR 5), each claimed by no other sample; V1 nothing.
        assertThat(tile(page, "triage-strong")).isEqualTo("2");
        assertThat(tile(page, "triage-ambiguous")).isEqualTo("0");
        assertThat(tile(page, "triage-none")).isEqualTo("1");
    }

    @Test
    void aSampleWithSeveralCandidatesIsCountedAmbiguous() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 3");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        desk.post(caseUrl + "/search", "_csrf=" + csrf + "&min_log10_lr=0", FORM);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, shown -> shown.contains("id=\"triage-none\""));

        // At log10 LR 0, V2 matches M1 (LR 1) and M2 (LR 5): ambiguous.
        assertThat(row(page, "V2")).contains("data-triage=\"AMBIGUOUS\"").contains("ambiguous");
        assertThat(Integer.parseInt(tile(page, "triage-ambiguous"))).isPositive();
    }

    @Test
    void theTriageIsInTheReadersLanguage() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 3");

        String uk = desk.get(caseUrl + "?lang=uk").body();
        String ru = desk.get(caseUrl + "?lang=ru").body();
        desk.get(caseUrl + "?lang=en");

        assertThat(uk).contains("Ще не шукали").contains("Зразки за результатом пошуку");
        assertThat(ru).contains("Ещё не искали").contains("Образцы по результату поиска");
    }

    @Test
    void theApiSearchesAtTheDefaultThresholdWhenNoneIsGiven() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        var created = unit.postJson("/api/v1/identification/cases", CaseFixture.upload("api", CaseFixture.files("example2")));
        String id = Client.json(created).get("id").asString();

        HttpResponse<String> started = unit.postJson("/api/v1/identification/cases/" + id + "/search", "{}");

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(Client.json(started).get("search").get("min_log10_lr").asDouble()).isEqualTo(4.0);
    }

    @Test
    void theApiReviewCarriesEachSamplesTriageAndTheSummary() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.5);

        var review = Client.json(unit.get("/api/v1/identification/cases/" + id));

        assertThat(review.get("summary").get("strong").asInt()).isEqualTo(2);
        assertThat(review.get("summary").get("no_candidate").asInt()).isEqualTo(1);
        assertThat(review.get("remains").get(0).get("triage").asString()).isEqualTo("NO_CANDIDATE");
    }



    private static String tile(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"><span class=\"value\">([^<]*)</span>").matcher(page);
        assertThat(m.find()).as("tile %s", id).isTrue();
        return m.group(1);
    }

    private static String row(String page, String sample) {
        int at = page.indexOf("<td>" + sample);
        assertThat(at).as("row of %s", sample).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static int count(String page, String needle) {
        return page.split(Pattern.quote(needle), -1).length - 1;
    }
}
