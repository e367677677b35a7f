package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** The joint search on the case page, as the identification unit uses it: run it, read the pairs, in en/uk/ru; the too-big refusal. */
class JointSearchDeskTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void theUnitRunsTheJointSearchFromTheCasePageAndReadsEachPairsPosteriorAndConclusion() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 3");
        // dvir's jointDVI applies no theta; the joint search applies the case's, set by a search with theta 0.
        String fresh = desk.get(caseUrl).body();
        assertThat(desk.post(caseUrl + "/search", "_csrf=" + Callers.csrf(fresh) + "&min_log10_lr=0&theta=0", FORM).statusCode())
                .isEqualTo(303);
        CaseFixture.pageWhenSearched(desk, caseUrl, p -> p.contains("θ = 0</dd>"));
        String before = desk.get(caseUrl).body();
        assertThat(before).contains("id=\"joint\"").contains("Not run since the server started.");

        var started = desk.post(caseUrl + "/joint", "_csrf=" + Callers.csrf(before) + "&limit=0", FORM);
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location").orElseThrow()).isEqualTo(caseUrl + "#joint");

        String page = CaseFixture.pageWhenSearched(desk, caseUrl, p -> p.contains("id=\"joint-pairs\""));
        // dvir tests/testthat/test-joint.R: posterior of V1 = M1 is 0.87931034 in example2
        assertThat(page).contains("<td class=\"num\">0.8793</td>").contains("data-conclusion=\"inconclusive\"")
                .contains("3 pairs assigned, 0 of them undisputed").contains("Missing persons left unidentified: 0.");
    }

    @Test
    void theJointSearchSpeaksUkrainianAndRussian() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 4");
        desk.post(caseUrl + "/joint", "_csrf=" + Callers.csrf(desk.get(caseUrl).body()), FORM);
        CaseFixture.pageWhenSearched(desk, caseUrl, p -> p.contains("id=\"joint-pairs\""));

        assertThat(desk.get(caseUrl + "?lang=uk").body()).contains("Спільний пошук").contains("Апостеріорна ймовірність")
                .contains("не встановлено");
        assertThat(desk.get(caseUrl + "?lang=ru").body()).contains("Совместный поиск").contains("Апостериорная вероятность")
                .contains("не установлено");
    }

    @Test
    void aCaseTooBigIsRefusedOnThePageNamingTheLimitAndWhatToDo() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        Client api = running.api(Who.A_IDENTIFICATION);
        var created = api.postJson("/api/v1/identification/cases", CaseFixture.upload("eight brothers", EightBrothers.files()));
        String caseUrl = "/desk/identification/cases/" + Client.json(created).get("id").asString();

        desk.post(caseUrl + "/joint", "_csrf=" + Callers.csrf(desk.get(caseUrl).body()) + "&limit=0", FORM);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, p -> p.contains("id=\"joint-refused\""));

        assertThat(page).contains("more than 100,000 joint assignments (the limit)").contains("Only pairs with LR above");
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedNamingTheField() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон 5");

        var r = desk.post(caseUrl + "/joint", "_csrf=" + Callers.csrf(desk.get(caseUrl).body()) + "&limit=lots", FORM);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("limit");
        assertThat(desk.get(caseUrl).body()).contains("Not run since the server started.");
    }
}
