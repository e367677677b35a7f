package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** The joint search over the API: dvir's posteriors for example2, the too-big refusal naming its limit, bad limits, parties apart. */
class JointSearchApiTest {
    private static final String CASES = "/api/v1/identification/cases";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    /** Uploads a case; its id. */
    private static String upload(Client unit, Map<String, String> files) {
        var created = unit.postJson(CASES, CaseFixture.upload("joint", files));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Client.json(created).get("id").asString();
    }

    /** Polls the joint state until it is no longer RUNNING (at most 20 s, as CaseFixture does for the pairwise search). */
    private static JsonNode ended(Client unit, String id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            JsonNode s = Client.json(unit.get(CASES + "/" + id + "/joint"));
            if (!s.get("status").asString().equals("RUNNING")) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the joint search did not end within 20 s");
    }

    @Test
    void theJointSearchOfExample2GivesDvirsPosteriorPairingProbabilities() throws InterruptedException {
        Client unit = running.api(Who.A_IDENTIFICATION);
        // dvir's jointDVI applies no theta; the joint search applies the case's, set by a search with theta 0.
        String id = CaseFixture.searched(unit, CaseFixture.files("example2"), 0, 0);

        assertThat(unit.postJson(CASES + "/" + id + "/joint", "{}").statusCode()).isEqualTo(202);
        JsonNode done = ended(unit, id);

        // dvir tests/testthat/test-joint.R: Bmarginal(jointDVI(example2)) V1=M1 0.87931034, V2=M2 0.94827586, V3=M3 0.83333333
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        JsonNode pairs = done.get("pairs");
        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).get("missing_id").asString()).isEqualTo("M1");
        assertThat(pairs.get(0).get("posterior").asDouble()).isCloseTo(0.87931034, within(1e-8));
        assertThat(pairs.get(1).get("posterior").asDouble()).isCloseTo(0.94827586, within(1e-8));
        assertThat(pairs.get(2).get("posterior").asDouble()).isCloseTo(0.83333333, within(1e-8));
        assertThat(pairs.get(2).get("conclusion").asString()).isEqualTo("inconclusive");
        assertThat(done.get("unidentified")).isEmpty();
    }

    @Test
    void aCaseTooBigForTheJointSearchIsRefusedNamingTheLimit() throws InterruptedException {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = upload(unit, EightBrothers.files());

        unit.postJson(CASES + "/" + id + "/joint", "{\"limit\":0}");
        JsonNode refused = ended(unit, id);

        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("limit_name").asString()).isEqualTo("max_assignments");
        assertThat(refused.get("limit").asLong()).isEqualTo(100_000);
        assertThat(refused.get("message").asString()).contains("more than 100,000 joint assignments (the limit");
    }

    @Test
    void aLimitThatIsNotAnLrFromZeroIsRefusedAndNothingRuns() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = upload(unit, CaseFixture.files("example2"));

        var r = unit.postJson(CASES + "/" + id + "/joint", "{\"limit\":-1}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("limit").contains("give an LR from 0 to");
        assertThat(Client.json(unit.get(CASES + "/" + id + "/joint")).get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void anotherPartysUnitCannotRunOrReadTheJointSearch() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = upload(unit, CaseFixture.files("example2"));
        Client other = CaseFixture.bUnit(running);

        assertThat(other.postJson(CASES + "/" + id + "/joint", "{}").statusCode()).isEqualTo(404);
        assertThat(other.get(CASES + "/" + id + "/joint").statusCode()).isEqualTo(404);
    }
}
