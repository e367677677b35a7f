package org.repatria.server.reunification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.reunification.ChildReturn.get;
import static org.repatria.server.reunification.ChildReturn.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.reunification.ReunificationText;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** A child's return through the API: agreement, nomination, plan, crossing, act, guardian check, reunification. */
class ReunificationApiTest {
    @RegisterExtension
    static RunningServer running = new RunningServer(10);

    @Test
    void aChildsReturnEndsInAReunificationRecordOnTheLogThatClosesTheCase() {
        ChildReturn r = ChildReturn.actSigned(running, "children-return");
        JsonNode check = post(r.ua, r.base + "/tranches/1/guardian-checks", r.guardianCheck("1"), 201);
        assertThat(check.get("guardian").get("standing").asString()).isEqualTo("parent");
        String body = r.reunification("1", r.request.toString(), "1");
        byte[] text = r.mediator.postJson(r.base + "/tranches/1/reunifications/text", body).body()
                .getBytes(StandardCharsets.UTF_8);
        ReunificationText record = ReunificationText.parse(text);
        String act = get(r.mediator, r.base + "/tranches/1/act").get("envelope_id").asString();
        long before = r.logSize();

        JsonNode done = post(r.mediator, r.base + "/tranches/1/reunifications", r.signed(body, text, act), 201);

        assertThat(r.logSize()).isEqualTo(before + 1);
        assertThat(record.act()).isEqualTo(act);
        assertThat(record.request().toString()).isEqualTo(r.request + "/1");
        assertThat(record.guardian().documentNumber()).isEqualTo("FA 123456");
        assertThat(record.escort().name()).isEqualTo("Anna Meier");
        assertThat(done.get("case_closed").asBoolean()).isTrue();
        JsonNode listed = get(r.ua, r.base + "/reunifications");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("envelope_id").asString()).isEqualTo(done.get("envelope_id").asString());
        JsonNode document = get(r.ua, "/api/v1/documents/" + done.get("envelope_id").asString());
        assertThat(document.get("envelope").asString()).contains("reunification");
        assertThat(document.get("trail")).extracting(s -> s.get("kind").asString()).containsExactly("submitted");
        JsonNode closed = get(r.ua, "/api/v1/children/" + r.request + "/cases/1");
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("closed_by_record").asString()).isEqualTo(done.get("envelope_id").asString());
        JsonNode rows = get(r.ua, "/api/v1/requests/" + r.request + "/rows?status=returned").get("rows");
        assertThat(rows).extracting(x -> x.get("row_id").asString()).containsExactly("1");
        assertThat(rows.get(0).get("history").toString()).contains(done.get("envelope_id").asString());
    }
}
