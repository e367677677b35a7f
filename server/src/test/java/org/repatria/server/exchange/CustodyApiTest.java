package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.DocumentType;
import org.repatria.core.person.Category;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The chain of custody of three bodies ua hands to ru: from the crossing and ru's act signature to identification. */
class CustodyApiTest {
    private static final String AGREEMENT = "/api/v1/agreements/bodies-3";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Client ruIdentification;

    @BeforeAll
    static void threeBodiesAreHandedOverAndReceived() {
        Client mediator = running.api(MEDIATOR_DESK);
        AtomicInteger entries = new AtomicInteger();
        Signer ua = new Signer(Fixture.A, running.api(A_DESK), mediator, entries);
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), mediator, entries);
        byte[] text = AgreementText.render(new Agreement(new AgreementId("bodies-3"), AgreementKind.REMAINS, Fixture.A, Fixture.B,
                Fixture.MEDIATOR, new Terms.OneWay(Fixture.A, OptionalInt.of(3), Eligibility.anyoneOf(Category.REMAINS)),
                new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30))));
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text, Optional.empty());
        ru.submit(AGREEMENT + "/acceptance", DocumentType.ANSWER, Fixture.A, text,
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        post(ua.client, AGREEMENT + "/nominations", "{\"list\":\"" + running.world().aRemains + "\",\"nominees\":["
                + "{\"row\":\"1\",\"health\":\"not-applicable\",\"reserve\":false},{\"row\":\"2\",\"health\":\"not-applicable\","
                + "\"reserve\":false},{\"row\":\"3\",\"health\":\"not-applicable\",\"reserve\":false}]}", 201);
        JsonNode plan = post(mediator, AGREEMENT + "/plans", "{\"slots\":[{\"date\":\"2025-06-09\",\"crossing\":\"terminal\","
                + "\"seats\":0,\"stretchers\":0,\"wagons\":1,\"bodies_per_wagon\":3}]}", 201);
        byte[] planText = ua.client.get(AGREEMENT + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = ua.submit(AGREEMENT + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B, planText,
                Optional.of(plan.get("anchor").asString()));
        ru.submit(AGREEMENT + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, planText,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        post(mediator, AGREEMENT + "/plans/1/confirmation", "{}", 200);
        ObjectNode handover = JSON.createObjectNode().put("from", "ua");
        ArrayNode presented = handover.putArray("presented");
        for (String tag : List.of("1", "2", "3")) {
            presented.addObject().put("body_tag", tag).put("container", "C-1").put("wagon", "W-1");
        }
        post(ua.client, AGREEMENT + "/tranches/1/handover", handover.toString(), 201);
        JsonNode act = get(mediator, AGREEMENT + "/tranches/1/act");
        byte[] actText = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode first = ua.submit(AGREEMENT + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.B, actText,
                Optional.of(act.get("anchor").asString()));
        ru.submit(AGREEMENT + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.A, actText,
                Optional.of(first.get("signatures").get(0).get("envelope_id").asString()));
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
