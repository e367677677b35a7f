package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** The identification desk in a browser's shoes: load by form, search, review, confirm; the party desk sees the status. */
class IdentificationDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void aCaseLoadedThroughTheFormIsSearchedReviewedAndConfirmedOnARowPickedFromTheOffered() {
        ListId missing = RequestLists.add(running, Fixture.A, "Зниклі безвісти, вагон 2", "M2", "M9");
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 2");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        assertThat(desk.post(caseUrl + "/search", "_csrf=" + csrf + "&min_log10_lr=0&theta=0", FORM).statusCode()).isEqualTo(303);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, shown -> true);
        assertThat(page).contains("id=\"by-remains\"").contains("candidate?remains=V2&amp;family=F1&amp;missing=M2");

        String candidate = desk.get(caseUrl + "/candidate?remains=V2&family=F1&missing=M2").body();
        assertThat(candidate).contains("<svg").contains("<rect").contains("<circle").contains("id=\"markers\"")
                .contains("<td class=\"num\">5.00</td>").contains("<td class=\"num\">0.70</td>")
                .contains("<option value=\"" + missing + "/M2\">").doesNotContain(missing + "/M9");

        var confirmed = desk.post(caseUrl + "/decisions", "_csrf=" + csrf + "&remains=V2&family=F1&missing=M2&decision=confirmed"
                + "&request_row=" + missing + "/M2", FORM);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(desk.get(caseUrl).body()).contains("id=\"decisions\"").contains("V2 → F1/M2");

        String list = "/desk/lists/" + missing;
        assertThat(running.desk(Who.A_DESK).get(list).body()).contains("data-status=\"identified\"");
    }

    @Test
    void theCandidatePageOffersNoTypedListIdAndSaysWhenNoRequestRowMatches() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 2");

        String candidate = desk.get(caseUrl + "/candidate?remains=V3&family=F2&missing=M3").body();

        assertThat(candidate).doesNotContain("name=\"list_id\"").doesNotContain("name=\"row_id\"")
                .contains("id=\"no-request-row\"");
    }

    @Test
    void aRowNotOfferedForTheMissingPersonIsRefusedAndNothingIsStored() {
        RequestLists.add(running, Fixture.A, "Зниклі безвісти, інші", "M1");
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 2");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        var r = desk.post(caseUrl + "/decisions", "_csrf=" + csrf + "&remains=V2&family=F1&missing=M2&decision=confirmed"
                + "&request_row=" + running.world().aRemains + "/2", FORM);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"decision-error\"").contains("has no row 2 offered for F1/M2");
        assertThat(desk.get(caseUrl).body()).doesNotContain("V2 → F1/M2");
    }

    @Test
    void aChildrensRequestListIsNeverOfferedToTheUnitNorAcceptedFromIt() {
        ListId children = RequestLists.add(running, Fixture.A, Category.CHILD, "Депортовані діти", "M3");
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 2");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        String candidate = desk.get(caseUrl + "/candidate?remains=V3&family=F2&missing=M3").body();
        var r = desk.post(caseUrl + "/decisions", "_csrf=" + csrf + "&remains=V3&family=F2&missing=M3&decision=confirmed"
                + "&request_row=" + children + "/M3", FORM);

        assertThat(candidate).doesNotContain(children.toString()).doesNotContain("Депортовані діти");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(desk.get(caseUrl).body()).doesNotContain("V3 → F2/M3");
    }

    @Test
    void aDecisionNamingAMissingRowIsShownOnTheCandidatePage() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 2");
        String csrf = Callers.csrf(desk.get(caseUrl).body());

        var r = desk.post(caseUrl + "/decisions", "_csrf=" + csrf + "&remains=V1&family=F1&missing=M1&decision=confirmed"
                + "&list_id=" + running.world().aRemains + "&row_id=" + enc("нема"), FORM);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"decision-error\"").contains("has no row нема");
    }

    private static final String FORM = "application/x-www-form-urlencoded";



    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
