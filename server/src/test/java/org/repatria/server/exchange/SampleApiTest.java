package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Samples taken from the three bodies ua hands to ru: several per bag, each typed and identified on its own. */
class SampleApiTest {
    private static final String AGREEMENT = "/api/v1/agreements/samples-3";
    private static final String NOT_RECEIVED = "/api/v1/agreements/samples-unreceived";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Client unit;
    private static String dnaCase;

    @BeforeAll
    static void threeBodiesAreReceivedAndRuHasACase() {
        ThreeBodies.received(running, "samples-3");
        ThreeBodies.handedOver(running, "samples-unreceived");
        unit = SampleFixture.bUnit(running);
        dnaCase = SampleFixture.caseOf(unit, "S-1a", "S-1b", "S-2a", "S-3a");
    }

    private static String take(String... idAndTag) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode rows = body.putArray("samples");
        for (int i = 0; i < idAndTag.length; i += 2) {
            rows.addObject().put("sample_id", idAndTag[i]).put("body_tag", idAndTag[i + 1]).put("where", "Kyiv morgue");
        }
        return body.toString();
    }

    private static String step(String kind, String row) {
        return JSON.createObjectNode().put("kind", kind).put("case_id", kind.equals("typed") ? dnaCase : "")
                .put("identified_list", row.isEmpty() ? "" : running.world().aRemains.toString()).put("identified_row", row)
                .toString();
    }

    private static void identify(String sample, String row) {
        post(unit, AGREEMENT + "/samples/" + sample + "/steps", step("sent", ""), 201);
        post(unit, AGREEMENT + "/samples/" + sample + "/steps", step("typed", ""), 201);
        post(unit, AGREEMENT + "/samples/" + sample + "/steps", step("identified", row), 201);
    }

    private static List<String> ids(JsonNode bag) {
        List<String> out = new ArrayList<>();
        bag.get("samples").forEach(s -> out.add(s.get("sample_id").asString()));
        return out;
    }

    @Test
    void oneBagHoldsTwoSamplesIdentifiedAsTwoPersons() {
        post(unit, AGREEMENT + "/samples", take("S-1a", "1", "S-1b", "1"), 201);
        identify("S-1a", "1");
        identify("S-1b", "3");

        JsonNode bag = get(running.api(B_DESK), AGREEMENT + "/bags/1/samples");
        assertThat(ids(bag)).containsExactly("S-1a", "S-1b");
        assertThat(bag.get("samples").get(1).get("identified_row").asString()).isEqualTo("3");
        assertThat(bag.get("samples").get(0).get("steps")).extracting(s -> s.get("kind").asString())
                .containsExactly("TAKEN", "SENT", "TYPED", "IDENTIFIED");
    }

    @Test
    void aPersonFoundInTwoBagsListsBoth() {
        post(unit, AGREEMENT + "/samples", take("S-2a", "2", "S-3a", "3"), 201);
        identify("S-2a", "2");
        identify("S-3a", "2");

        JsonNode person = null;
        for (JsonNode p : get(running.api(MEDIATOR_DESK), AGREEMENT + "/identified-bags")) {
            if (p.get("row").asString().equals("2")) {
                person = p;
            }
        }
        assertThat(person).isNotNull();
        assertThat(person.get("bags")).extracting(b -> b.get("body_tag").asString()).containsExactly("2", "3");
    }

    @Test
    void theCountsTellPersonsBagsAndSamplesApart() {
        post(unit, AGREEMENT + "/samples", take("C-1", "1", "C-2", "1"), 201);

        JsonNode total = get(running.api(MEDIATOR_DESK), AGREEMENT + "/remains-count").get("total");
        assertThat(total.get("bags").asInt()).isEqualTo(3);
        assertThat(total.get("samples").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(total.get("persons").asInt()).isBetween(2, 3);
    }

    @Test
    void aConfirmedIdentificationOfASampleNamesTheBagItCameFrom() {
        String other = SampleFixture.caseOf(unit, "K-1", "K-2", "K-3", "K-4");
        post(unit, AGREEMENT + "/samples", take("K-1", "2"), 201);
        post(unit, "/api/v1/identification/cases/" + other + "/decisions", "{\"remains\":\"K-1\",\"family\":\"F1\","
                + "\"missing\":\"M1\",\"decision\":\"confirmed\"}", 201);

        JsonNode bags = get(unit, "/api/v1/identification/cases/" + other + "/bags");

        assertThat(bags).singleElement().satisfies(b -> {
            assertThat(b.get("remains_id").asString()).isEqualTo("K-1");
            assertThat(b.get("body_tag").asString()).isEqualTo("2");
            assertThat(b.get("agreement_id").asString()).isEqualTo("samples-3");
        });
    }

    @Test
    void theMediatorSeesTheChainButNotWhichCaseHoldsTheProfile() {
        post(unit, AGREEMENT + "/samples", take("M-1", "2"), 201);
        post(unit, AGREEMENT + "/samples/M-1/steps", step("sent", ""), 201);

        assertThat(get(unit, AGREEMENT + "/bags/2/samples").toString()).doesNotContain("\"case_id\":\"x\"");
        JsonNode seen = get(running.api(MEDIATOR_DESK), AGREEMENT + "/bags/2/samples");
        assertThat(seen.toString()).contains("M-1").doesNotContain(dnaCase);
    }

    @Test
    void aSampleAlreadyInOneBagIsRefusedInAnotherAndNothingOfTheCallIsStored() {
        post(unit, AGREEMENT + "/samples", take("D-1", "1"), 201);

        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples", take("D-2", "2", "D-1", "3"));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("samples[1].sample_id").contains("D-1").contains("already recorded from bag 1");
        assertThat(ids(get(unit, AGREEMENT + "/bags/2/samples"))).doesNotContain("D-2");
    }

    @Test
    void oneSampleGivenForTwoBagsInOneCallIsRefused() {
        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples", take("E-1", "1", "E-1", "2"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("samples[1].sample_id").contains("given twice");
        assertThat(ids(get(unit, AGREEMENT + "/bags/1/samples"))).doesNotContain("E-1");
    }

    @Test
    void anIdentificationOfASampleThatDoesNotExistIsRefusedNamingIt() {
        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples/NO-SUCH/steps", step("identified", "1"));

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no sample NO-SUCH");
    }

    @Test
    void anEmptySampleIdIsRefused() {
        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples", take(" ", "1"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("samples[0].sample_id: is empty");
    }

    @Test
    void aSampleIdOverTheLimitIsRefusedNamingTheLimit() {
        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples", take("L".repeat(65), "1"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("samples[0].sample_id: 65 characters, the limit is 64");
    }

    @Test
    void aSampleFromABagNotYetReceivedIsRefused() {
        HttpResponse<String> r = unit.postJson(NOT_RECEIVED + "/samples", take("U-1", "1"));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("bag 1 (tranche 1) has not been received");
        assertThat(ids(get(unit, NOT_RECEIVED + "/bags/1/samples"))).isEmpty();
    }

    @Test
    void aTypingInACaseThatDoesNotListTheSampleIsRefused() {
        post(unit, AGREEMENT + "/samples", take("T-9", "3"), 201);

        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples/T-9/steps", step("typed", ""));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("lists no remains sample T-9");
    }

    @Test
    void theHandingSidesUnitTakesNoSamples() {
        HttpResponse<String> r = running.api(A_IDENTIFICATION).postJson(AGREEMENT + "/samples", take("H-1", "1"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("handed to ru");
    }

    @Test
    void aPartyDeskIsNotAdmittedToRecordSamples() {
        assertThat(running.api(B_DESK).postJson(AGREEMENT + "/samples", take("P-1", "1")).statusCode()).isEqualTo(403);
    }

    @Test
    void samplesAreRecordedFromACsvFile() {
        HttpResponse<String> r = unit.post(AGREEMENT + "/samples/csv", "sample_id,body_tag,note\nF-1,3,femur\n\"F-2\",3,\n",
                "text/csv");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(ids(get(unit, AGREEMENT + "/bags/3/samples"))).contains("F-1", "F-2");
    }

    @Test
    void aCsvFileOverTheRowLimitIsRefusedNamingTheLimit() {
        StringBuilder csv = new StringBuilder("sample_id,body_tag\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append("R-").append(i).append(",3\n");
        }

        HttpResponse<String> r = unit.post(AGREEMENT + "/samples/csv", csv.toString(), "text/csv");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("the limit is 10,000");
        assertThat(ids(get(unit, AGREEMENT + "/bags/3/samples"))).doesNotContain("R-0");
    }

    @Test
    void aPlaceOverItsLimitIsRefusedNamingTheField() {
        String body = JSON.createObjectNode().set("samples", JSON.createArrayNode().add(JSON.createObjectNode()
                .put("sample_id", "W-9").put("body_tag", "1").put("where", "x".repeat(201)))).toString();

        HttpResponse<String> r = unit.postJson(AGREEMENT + "/samples", body);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("samples[0].where: 201 characters, the limit is 200");
    }

    @Test
    void aCsvFileWithABadLineIsRefusedNamingTheLineAndNothingIsStored() {
        HttpResponse<String> r = unit.post(AGREEMENT + "/samples/csv", "sample_id,body_tag\nG-1,3\n,3\n", "text/csv");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("line 3, sample_id: is empty");
        assertThat(ids(get(unit, AGREEMENT + "/bags/3/samples"))).doesNotContain("G-1");
    }
}
