package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** Work for today on every desk: what waits on the reader, most urgent first, counted in the navigation. */
class TodayDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(6);
    private static final Pattern ROW = Pattern.compile("<tr class=\"today-item[^\"]*\" data-kind=\"([A-Z_]+)\">\\s*<td>([^<]*)</td>\\s*"
            + "<td><a href=\"([^\"]+)\"");

    @BeforeAll
    static void keys() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
    }

    @Test
    void theMediatorSeesEachSidesOverdueNominationFirst() {
        Negotiator.accepted(running, "today-overdue");
        String page = page(MEDIATOR_DESK, "en");
        List<String[]> rows = rows(page);
        assertThat(rows.getFirst()[0]).isEqualTo("NOMINATE");
        assertThat(rows).filteredOn(r -> r[2].equals("/desk/agreements/today-overdue/nominations"))
                .extracting(r -> r[1]).containsExactlyInAnyOrder("Україна", "Россия");
        assertThat(page).contains("2025-06-05").containsPattern("overdue by [0-9,]+ days");
    }

    @Test
    void theItemLeavesTheMediatorsListWhenTheSideNominates() {
        Negotiator.accepted(running, "today-leaves");
        nominate("today-leaves");
        assertThat(rows(page(MEDIATOR_DESK, "en"))).filteredOn(r -> r[2].contains("/today-leaves/nominations"))
                .extracting(r -> r[1]).containsExactly("Россия");
    }

    @Test
    void aSideSeesItsOwnNominationDueAndNeverTheOthers() {
        Negotiator.accepted(running, "today-own");
        assertThat(rows(page(B_DESK, "en"))).filteredOn(r -> r[2].contains("/today-own/nominations"))
                .extracting(r -> r[1]).containsExactly("you (Россия)");
        nominate("today-own");
        assertThat(rows(page(A_DESK, "en"))).noneMatch(r -> r[2].contains("/today-own/nominations"));
        assertThat(rows(page(B_DESK, "en"))).filteredOn(r -> r[2].contains("/today-own/nominations")).hasSize(1);
    }

    @Test
    void aRelayedProposalWaitsOnTheOtherSidesAnswer() {
        Negotiator.proposedAndRelayed(running, "today-answer");
        assertThat(rows(page(B_DESK, "en"))).anyMatch(r -> r[0].equals("NEGOTIATE") && r[2].equals("/desk/agreements/today-answer"));
        assertThat(rows(page(A_DESK, "en"))).noneMatch(r -> r[2].equals("/desk/agreements/today-answer"));
    }

    @Test
    void aRelayedDocumentWaitsOnItsAddresseesAcknowledgement() {
        Negotiator.proposedAndRelayed(running, "today-ack");
        assertThat(rows(page(B_DESK, "en"))).anyMatch(r -> r[0].equals("ACKNOWLEDGE") && r[2].equals("/desk/documents"));
    }

    @Test
    void theNavigationCountsWhatIsListed() {
        Negotiator.accepted(running, "today-count");
        String page = page(A_DESK, "en");
        Matcher m = Pattern.compile("id=\"today-count\" data-count=\"([0-9]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(rows(page).size()).isPositive();
        assertThat(running.desk(A_DESK).get("/desk/lists").body()).contains("id=\"today-count\"");
    }

    @Test
    void deadlinesAreCountedInUkrainianAndRussianPlurals() {
        Negotiator.accepted(running, "today-words");
        assertThat(page(MEDIATOR_DESK, "uk")).contains("Справи на сьогодні").contains("прострочено на")
                .contains("Номінуйте осіб за угодою");
        assertThat(page(MEDIATOR_DESK, "ru")).contains("Дела на сегодня").contains("просрочено на")
                .contains("Номинируйте лиц по соглашению");
    }

    @Test
    void anObserverIsToldNothingWaitsOnIt() {
        Negotiator.accepted(running, "today-observer");
        String page = page(OBSERVER_DESK, "en");
        assertThat(page).contains("id=\"today-empty\"").contains("Observers take no steps").doesNotContain("today-item");
    }

    @Test
    void anIdentificationUnitIsSentToItsOwnPage() {
        String page = page(A_IDENTIFICATION, "en");
        assertThat(page).contains("id=\"today-empty\"").contains("identification page").doesNotContain("today-item");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(running.anonymous().get("/desk/today").statusCode()).isIn(302, 303, 401);
    }

    private static void nominate(String id) {
        var r = new Negotiator(running, A_DESK).post("/desk/agreements/" + id + "/nominations", Map.of("list",
                List.of(running.world().aPrisoners.toString()), "row", List.of("1"), "health-1", List.of("fit")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }

    private static String page(Fixture.Who who, String lang) {
        var r = running.desk(who).get("/desk/today?lang=" + lang);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** Each listed item as kind, who, link, in the page's order. */
    private static List<String[]> rows(String page) {
        Matcher m = ROW.matcher(page);
        List<String[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2).strip(), m.group(3)});
        }
        return out;
    }
}
