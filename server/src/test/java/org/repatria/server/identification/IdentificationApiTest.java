package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListId;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** The identification unit's API: a case from upload to confirmed identification, and who sees what. */
class IdentificationApiTest {
    private static final String CASES = "/api/v1/identification/cases";
    private static final String V2_M2 = "\"V2\",\"family\":\"F1\",\"missing\":\"M2\"";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void searchFindsThePublishedCandidatesWithTheirLrPerMarker() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        // dvir's test-pairwise.R: pairwiseLR(example2) gives LR 5 for V2 as M2 (child of R1) and V3 as M3.
        JsonNode c = Client.json(unit.get(CASES + "/" + id + "/candidate?remains=V2&family=F1&missing=M2"));
        assertThat(c.get("log10_lr").asDouble()).isCloseTo(Math.log10(5), within(1e-9));
        assertThat(c.get("markers").get(0).get("marker").asString()).isEqualTo("L1");
        assertThat(c.get("markers").get(0).get("lr").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(c.get("pedigree").get("nodes")).hasSize(3);
    }

    @Test
    void reviewFlagsRemainsThatMatchSeveralMissingPersons() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        JsonNode review = Client.json(unit.get(CASES + "/" + id));
        JsonNode v2 = review.get("remains").get(1);
        assertThat(v2.get("remains_id").asString()).isEqualTo("V2");
        assertThat(v2.get("matches_several").asBoolean()).isTrue(); // LR 1 for M1, 5 for M2: both at or above 0
        assertThat(v2.get("candidates").get(0).get("missing_id").asString()).isEqualTo("M2");
    }

    @Test
    void aCaseNamesItsPartyByItsIdNotAsAnObject() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        JsonNode header = Client.json(unit.get(CASES + "/" + id)).get("header");
        assertThat(header.get("party").isString()).as("party in %s", header).isTrue();
        assertThat(header.get("party").asString()).isEqualTo(Who.A_IDENTIFICATION.account().party().value());
    }

    @Test
    void twoSamplesWithOneProfileAreListedAsPossiblyOnePerson() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("remains", files.get("remains") + "V4,1\n");
        files.put("profiles", files.get("profiles") + "V4,L1,1,1\n");
        String id = CaseFixture.searched(unit, files, 0.0);

        JsonNode pairs = Client.json(unit.get(CASES + "/" + id)).get("same_person");

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("first_id").asString() + "=" + pairs.get(0).get("second_id").asString()).isEqualTo("V1=V4");
        assertThat(pairs.get(0).get("log10_lr").asDouble()).isGreaterThan(1.5); // about 1 / p^2 with p = 0.1
    }

    @Test
    void confirmationIsStoredWithItsLrAndShowsIdentifiedOnlyToTheAskingParty() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);
        ListId request = RequestLists.add(running, Fixture.A, "Зниклі безвісти, F2", "M3");
        running.world().store.lists().relay(request, Fixture.B, Instant.parse("2025-06-02T11:00:00Z"));
        running.world().store.lists().relay(request, Fixture.OBSERVER, Instant.parse("2025-06-02T11:00:01Z"));
        String list = request.toString();

        var made = confirm(unit, id, "\"V3\",\"family\":\"F2\",\"missing\":\"M3\"", list, "M3");

        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(Client.json(made).get("pair").get("log10_lr").asDouble()).isCloseTo(Math.log10(5), within(1e-9));
        JsonNode v3 = Client.json(unit.get(CASES + "/" + id)).get("remains").get(2);
        assertThat(v3.get("identified").get("decided_by").asString()).isEqualTo("a-identification");
        assertThat(identified(Who.A_DESK, list)).contains("\"M3\"");
        assertThat(identified(Who.B_DESK, list)).isEqualTo("{\"row_ids\":[]}");
        assertThat(identified(Who.OBSERVER_DESK, list)).isEqualTo("{\"row_ids\":[]}");
        assertThat(identified(Who.MEDIATOR_DESK, list)).isEqualTo("{\"row_ids\":[]}");
    }

    @Test
    void theRequestRowsOfferedForAMissingPersonAreReadThroughTheApi() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);
        ListId request = RequestLists.add(running, Fixture.A, "Зниклі безвісти, API", "M2", "M1");

        JsonNode rows = Client.json(unit.get(CASES + "/" + id + "/request-rows?family=F1&missing=M2"));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("list_id").asString()).isEqualTo(request.toString());
        assertThat(rows.get(0).get("row_id").asString()).isEqualTo("M2");
        assertThat(rows.get(0).get("list_title").asString()).isEqualTo("Зниклі безвісти, API");
    }

    @Test
    void requestRowsWithoutTheMissingPersonAreRefusedNamingTheField() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        var r = unit.get(CASES + "/" + id + "/request-rows?family=F1");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("missing");
    }

    @Test
    void remainsAreConfirmedOnlyOnce() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);
        String body = "{\"remains\":\"V1\",\"family\":\"F1\",\"missing\":\"M1\",\"decision\":\"confirmed\"}";
        unit.postJson(CASES + "/" + id + "/decisions", body);

        var again = unit.postJson(CASES + "/" + id + "/decisions", body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already confirmed");
    }

    @Test
    void aRowThatTheListDoesNotHaveIsRefusedAndNothingIsStored() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        var r = confirm(unit, id, V2_M2, running.world().aRemains.toString(), "999");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("has no row 999");
        assertThat(Client.json(unit.get(CASES + "/" + id)).get("decisions")).isEmpty();
    }

    @Test
    void anotherPartysListCannotBeNamedInAConfirmation() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);

        var r = confirm(unit, id, V2_M2, running.world().bPrisoners.toString(), "1");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("list_id").contains("of your party");
    }

    @Test
    void theOtherPartysUnitSeesNeitherTheCaseNorItsCandidates() {
        String id = CaseFixture.searched(running.api(Who.A_IDENTIFICATION), "example2", 0.0);
        Client b = CaseFixture.bUnit(running);

        assertThat(b.get(CASES + "/" + id).statusCode()).isEqualTo(404);
        assertThat(b.get(CASES + "/" + id + "/candidate?remains=V2&family=F1&missing=M2").statusCode()).isEqualTo(404);
        assertThat(b.postJson(CASES + "/" + id + "/search", "{}").statusCode()).isEqualTo(404);
        assertThat(b.get(CASES).body()).doesNotContain(id);
    }

    @Test
    void noOtherRoleReachesGeneticDataEvenOfItsOwnParty() {
        String id = CaseFixture.searched(running.api(Who.A_IDENTIFICATION), "example2", 0.0);
        for (Who who : new Who[] {Who.A_DESK, Who.B_DESK, Who.MEDIATOR_DESK, Who.OBSERVER_DESK}) {
            Client c = running.api(who);
            for (String path : new String[] {CASES, CASES + "/" + id, CASES + "/" + id + "/candidate?remains=V2&family=F1&missing=M2"}) {
                var r = c.get(path);
                assertThat(r.statusCode()).as(who + " " + path).isEqualTo(403);
                assertThat(r.body()).as(who + " " + path).doesNotContain("V2").doesNotContain("L1");
            }
            Client desk = running.desk(who);
            assertThat(desk.get("/desk/identification/cases/" + id).statusCode()).as(who + " desk").isEqualTo(403);
        }
    }

    @Test
    void theDeskOfTheOwningPartyDoesNotGetTheNavigationLinkTheUnitGets() {
        assertThat(running.desk(Who.A_DESK).get("/desk").body()).doesNotContain("/desk/identification");
        assertThat(running.desk(Who.A_IDENTIFICATION).get("/desk").body()).contains("/desk/identification");
    }

    /** Confirms {@code pair} (the JSON after {@code "remains":}), tied to a list row. */
    private static HttpResponse<String> confirm(Client unit, String caseId, String pair, String list, String row) {
        return unit.postJson(CASES + "/" + caseId + "/decisions", "{\"remains\":" + pair + ",\"decision\":\"confirmed\","
                + "\"list_id\":\"" + list + "\",\"row_id\":\"" + row + "\"}");
    }

    private static String identified(Who who, String list) {
        return running.api(who).get("/api/v1/lists/" + list + "/identified").body();
    }
}
