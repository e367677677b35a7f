package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
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
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import tools.jackson.databind.JsonNode;

/** The chain of custody of three bodies ua hands to ru: from the crossing and ru's act signature to identification. */
class CustodyApiTest {
    private static final String AGREEMENT = "/api/v1/agreements/bodies-3";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Client ruIdentification;

    @BeforeAll
    static void threeBodiesAreHandedOverAndReceived() {
        ThreeBodies.received(running, "bodies-3");
        Seeding.addAccount(running.world().store, new Account("b-identification", "ru DNA", Fixture.B, Role.IDENTIFICATION),
                Fixture.PASSWORD.toCharArray());
        Client c = new Client(running.port());
        HttpResponse<String> token = c.postJson("/api/v1/auth/token", "{\"username\":\"b-identification\",\"password\":\""
                + Fixture.PASSWORD + "\"}");
        ruIdentification = c.bearer(Client.json(token).get("token").asString());
    }

    private static String step(String tag, String kind, String identifiedRow) {
        return JSON.createObjectNode().put("body_tag", tag).put("kind", kind).put("where", "Kyiv morgue").put("note", "")
                .put("identified_list", identifiedRow.isEmpty() ? "" : running.world().aRemains.toString())
                .put("identified_row", identifiedRow).toString();
    }

    private static List<String> kinds(JsonNode chain) {
        List<String> out = new ArrayList<>();
        chain.get("steps").forEach(s -> out.add(s.get("kind").asString()));
        return out;
    }

    private static String state(String row) {
        for (JsonNode n : get(running.api(MEDIATOR_DESK), AGREEMENT + "/nominations")) {
            if (n.get("row").asString().equals(row)) {
                return n.get("state").asString();
            }
        }
        return "";
    }

    @Test
    void theChainRunsFromTheCrossingThroughReceiptToIdentification() {
        JsonNode stored = post(running.api(B_DESK), AGREEMENT + "/custody", step("1", "stored", ""), 201);
        assertThat(kinds(stored)).containsExactly("HANDED_OVER", "RECEIVED", "STORED");
        assertThat(stored.get("steps").get(0).get("where").asString()).contains("C-1").contains("W-1");

        JsonNode identified = post(ruIdentification, AGREEMENT + "/custody", step("1", "identified", "1"), 201);

        assertThat(kinds(identified)).endsWith("IDENTIFIED");
        assertThat(identified.get("mislabelled").asBoolean()).isFalse();
        assertThat(state("1")).isEqualTo("IDENTIFIED");
    }

    @Test
    void remainsIdentifiedAsSomeoneOtherThanTheirLabelAreRecordedAsMislabelled() {
        JsonNode identified = post(ruIdentification, AGREEMENT + "/custody", step("2", "identified", "3"), 201);

        assertThat(identified.get("mislabelled").asBoolean()).isTrue();
        assertThat(get(running.api(B_DESK), AGREEMENT + "/discrepancies")).anyMatch(d -> d.get("kind").asString()
                .equals("MISLABELLED") && d.get("row").asString().equals("2"));
        assertThat(state("2")).isEqualTo("RECEIVED");
    }

    @Test
    void theHandingSideDoesNotKeepTheReceiversChain() {
        HttpResponse<String> r = running.api(A_DESK).postJson(AGREEMENT + "/custody", step("3", "stored", ""));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("receiving side");
    }

    @Test
    void aStepThatCannotFollowTheLastIsRefusedWithWhatMay() {
        post(running.api(B_DESK), AGREEMENT + "/custody", step("3", "returned", ""), 201);
        HttpResponse<String> r = running.api(B_DESK).postJson(AGREEMENT + "/custody", step("3", "stored", ""));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("cannot follow RETURNED");
        assertThat(kinds(get(running.api(B_DESK), AGREEMENT + "/custody/3"))).endsWith("RETURNED");
    }
}
