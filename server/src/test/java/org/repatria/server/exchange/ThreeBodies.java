package org.repatria.server.exchange;

import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture: agreement {@code id}, ua hands three bodies (rows 1-3 of its remains list, tags "1" to "3") to ru in
 * one tranche, and both sides signed the act, so ru received them and keeps their chain of custody.
 */
public final class ThreeBodies {
    private ThreeBodies() {
    }

    /** Runs the exchange on {@code running}'s server up to ru's signature on the act. */
    public static void received(RunningServer running, String id) {
        run(running, id, true);
    }

    /** The same up to ua's signature on the act: the bags crossed, but ru has not received them yet (issue 16). */
    public static void handedOver(RunningServer running, String id) {
        run(running, id, false);
    }

    private static void run(RunningServer running, String id, boolean received) {
        String agreement = "/api/v1/agreements/" + id;
        Client mediator = running.api(MEDIATOR_DESK);
        AtomicInteger entries = new AtomicInteger();
        Signer ua = new Signer(Fixture.A, running.api(A_DESK), mediator, entries);
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), mediator, entries);
        byte[] text = AgreementText.render(new Agreement(new AgreementId(id), AgreementKind.REMAINS, Fixture.A, Fixture.B,
                Fixture.MEDIATOR, new Terms.OneWay(Fixture.A, OptionalInt.of(3), Eligibility.anyoneOf(Category.REMAINS)),
                new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30))));
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text, Optional.empty());
        ru.submit(agreement + "/acceptance", DocumentType.ANSWER, Fixture.A, text,
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        post(ua.client, agreement + "/nominations", "{\"list\":\"" + running.world().aRemains + "\",\"nominees\":["
                + "{\"row\":\"1\",\"health\":\"not-applicable\",\"reserve\":false},{\"row\":\"2\",\"health\":\"not-applicable\","
                + "\"reserve\":false},{\"row\":\"3\",\"health\":\"not-applicable\",\"reserve\":false}]}", 201);
        JsonNode plan = post(mediator, agreement + "/plans", "{\"slots\":[{\"date\":\"2025-06-09\",\"crossing\":\"terminal\","
                + "\"seats\":0,\"stretchers\":0,\"wagons\":1,\"bodies_per_wagon\":3}]}", 201);
        byte[] planText = ua.client.get(agreement + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = ua.submit(agreement + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B, planText,
                Optional.of(plan.get("anchor").asString()));
        ru.submit(agreement + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, planText,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        post(mediator, agreement + "/plans/1/confirmation", "{}", 200);
        ObjectNode handover = JSON.createObjectNode().put("from", "ua");
        ArrayNode presented = handover.putArray("presented");
        for (String tag : List.of("1", "2", "3")) {
            presented.addObject().put("body_tag", tag).put("container", "C-1").put("wagon", "W-1");
        }
        post(ua.client, agreement + "/tranches/1/handover", handover.toString(), 201);
        JsonNode act = get(mediator, agreement + "/tranches/1/act");
        byte[] actText = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode first = ua.submit(agreement + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.B, actText,
                Optional.of(act.get("anchor").asString()));
        if (received) {
            ru.submit(agreement + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.A, actText,
                    Optional.of(first.get("signatures").get(0).get("envelope_id").asString()));
        }
    }
}
