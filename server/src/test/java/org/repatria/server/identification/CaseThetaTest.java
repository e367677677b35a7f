package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.JointProgress;
import org.repatria.kinship.search.JointRow;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.store.genetic.CaseFiles;
import tools.jackson.databind.JsonNode;

/** A case's theta (docs/decisions/0175): chosen when its search starts, bounded, shown, applied by every search. */
class CaseThetaTest {
    private static final String CASES = "/api/v1/identification/cases";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    /** A father typed 10/10 at three markers, his missing son, and remains 10/12: they share allele 10, at frequency 0.4. */
    private static Map<String, String> fatherAndSon() {
        StringBuilder freq = new StringBuilder("marker,allele,frequency\n");
        StringBuilder prof = new StringBuilder("sample_id,marker,allele1,allele2\n");
        for (String m : List.of("L1", "L2", "L3")) {
            freq.append(m).append(",10,0.4\n").append(m).append(",11,0.3\n").append(m).append(",12,0.3\n");
            prof.append("R1,").append(m).append(",10,10\n").append("V1,").append(m).append(",10,12\n");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("frequencies", freq.toString());
        files.put("profiles", prof.toString());
        files.put("remains", "sample_id,sex\nV1,1\n");
        files.put("pedigrees", "family_id,member_id,father_id,mother_id,sex,sample_id,missing\n"
                + "F1,R1,,,1,R1,0\nF1,W1,,,2,,0\nF1,M1,R1,W1,1,,1\n");
        return files;
    }

    private static double bestLog10Lr(Client unit, String id) {
        JsonNode v1 = Client.json(unit.get(CASES + "/" + id)).get("remains").get(0);
        assertThat(v1.get("candidates").get(0).get("missing_id").asString()).isEqualTo("M1");
        return v1.get("candidates").get(0).get("log10_lr").asDouble();
    }

    @Test
    void aParentChildCaseSharingACommonAlleleHasALowerLrWithThetaThanWithout() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String without = CaseFixture.searched(unit, fatherAndSon(), -10, 0);
        String with = CaseFixture.searched(unit, fatherAndSon(), -10, 0.01);

        // Theta 0: LR 1/(2 x 0.4) = 1.25 per marker; theta counts the father's 10s, so the son's 10 is less telling.
        assertThat(bestLog10Lr(unit, without)).isCloseTo(3 * Math.log10(1.25), within(1e-9));
        assertThat(bestLog10Lr(unit, with)).isLessThan(bestLog10Lr(unit, without));
        var f = fatherAndSon();
        var data = CaseCheck.read(new CaseFiles(f.get("frequencies"), f.get("profiles"), f.get("remains"), f.get("pedigrees"),
                Optional.empty()));
        assertThat(bestLog10Lr(unit, with)).isCloseTo(new KinshipEngine(data, 0.01).pairwise("V1", "F1", "M1").log10Lr(),
                within(1e-9));
    }

    @Test
    void theStoredResultNamesItsThetaInTheApiAndOnTheCasePage() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, fatherAndSon(), -10, 0.01);

        assertThat(Client.json(unit.get(CASES + "/" + id)).get("header").get("search").get("theta").asDouble()).isEqualTo(0.01);
        for (String lang : List.of("en", "uk", "ru")) {
            String page = running.desk(Who.A_IDENTIFICATION).get("/desk/identification/cases/" + id + "?lang=" + lang).body();
            assertThat(page).as(lang).contains("<dd id=\"theta\">θ = 0.01</dd>");
        }
    }

    @Test
    void aThetaAboveTheLimitIsRefusedNamingItAndNothingStarts() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        var created = unit.postJson(CASES, CaseFixture.upload("too much theta", fatherAndSon()));
        String id = Client.json(created).get("id").asString();

        var refused = unit.postJson(CASES + "/" + id + "/search", "{\"theta\":0.2}");
        var negative = unit.postJson(CASES + "/" + id + "/search", "{\"theta\":-0.01}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("theta").contains("the limit is 0.1");
        assertThat(negative.statusCode()).isEqualTo(400);
        JsonNode search = Client.json(unit.get(CASES + "/" + id)).get("header").get("search");
        assertThat(search.get("status").asString()).isEqualTo("NONE");
        assertThat(search.get("theta").asDouble()).isEqualTo(0.01);
    }

    @Test
    void theUnitSetsThetaInTheCasePagesSearchFormAndReadsItWithTheResults() {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String caseUrl = CaseFixture.uploadOnDesk(desk, "Вагон θ");
        String form = desk.get(caseUrl).body();
        assertThat(form).contains("name=\"theta\" value=\"0.01\"").contains("<dd id=\"theta\">θ = 0.01</dd>");

        var started = desk.post(caseUrl + "/search", "_csrf=" + Callers.csrf(form) + "&min_log10_lr=0&theta=0,02",
                "application/x-www-form-urlencoded");

        assertThat(started.statusCode()).isEqualTo(303);
        String page = CaseFixture.pageWhenSearched(desk, caseUrl, p -> p.contains("id=\"by-remains\""));
        assertThat(page).contains("<dd id=\"theta\">θ = 0.02</dd>").contains("name=\"theta\" value=\"0.02\"");
    }

    @Test
    void aThetaAboveTheLimitOnTheCasePageIsRefusedNamingIt() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = Client.json(unit.postJson(CASES, CaseFixture.upload("desk theta", fatherAndSon()))).get("id").asString();
        Client desk = running.desk(Who.A_IDENTIFICATION);
        String csrf = Callers.csrf(desk.get("/desk/identification/cases/" + id).body());

        var r = desk.post("/desk/identification/cases/" + id + "/search", "_csrf=" + csrf + "&min_log10_lr=4&theta=0.5",
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("0.1");
        assertThat(Client.json(unit.get(CASES + "/" + id)).get("header").get("search").get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void theJointSearchAppliesTheCasesTheta() throws InterruptedException {
        Client unit = running.api(Who.A_IDENTIFICATION);
        var f = CaseFixture.files("example2");
        String id = CaseFixture.searched(unit, f, 0, 0.05);

        assertThat(unit.postJson(CASES + "/" + id + "/joint", "{}").statusCode()).isEqualTo(202);
        JsonNode done = jointEnded(unit, id);

        var data = CaseCheck.read(new CaseFiles(f.get("frequencies"), f.get("profiles"), f.get("remains"), f.get("pedigrees"),
                Optional.empty()));
        List<JointRow> expected = new KinshipEngine(data, 0.05)
                .identifyJointly(JointParameters.defaults().withTheta(0.05), JointProgress.none()).rows();
        List<JointRow> atZero = new KinshipEngine(data).identifyJointly(JointParameters.defaults(), JointProgress.none()).rows();
        JsonNode pairs = done.get("pairs");
        assertThat(pairs).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(pairs.get(i).get("log10_lr").asDouble()).isCloseTo(expected.get(i).log10Lr(), within(1e-9));
            assertThat(pairs.get(i).get("posterior").asDouble()).isCloseTo(expected.get(i).posterior(), within(1e-9));
        }
        assertThat(expected.getFirst().posterior()).isNotCloseTo(atZero.getFirst().posterior(), within(1e-6));
        assertThat(done.get("theta").asDouble()).isEqualTo(0.05);
    }

    @Test
    void theJointResultOnTheCasePageNamesItsTheta() throws InterruptedException {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, CaseFixture.files("example2"), 0, 0.02);
        assertThat(unit.postJson(CASES + "/" + id + "/joint", "{}").statusCode()).isEqualTo(202);
        jointEnded(unit, id);

        String page = running.desk(Who.A_IDENTIFICATION).get("/desk/identification/cases/" + id + "?lang=uk").body();

        assertThat(page).contains("<p class=\"muted\" id=\"joint-theta\">Поправка на субпопуляцію: θ = 0.02</p>");
    }

    private static JsonNode jointEnded(Client unit, String id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            JsonNode s = Client.json(unit.get(CASES + "/" + id + "/joint"));
            if (!s.get("status").asString().equals("RUNNING")) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the joint search did not end within 20 s");
    }
}
