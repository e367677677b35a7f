package org.repatria.server.exchange;

import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.DocumentType;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture: on the {@link Fixture} world, agreement {@value #ID} — five prisoners for five, proposed by ua and
 * accepted by ru, both sides' rows 1-5 nominated (ua with a reserve, row 6), one tranche planned, signed and confirmed,
 * and ua's side of it handed over with one stranger presented (a not-on-manifest discrepancy).
 */
public final class FiveForFive {
    /** The agreement's id. */
    public static final String ID = "five-for-five";
    static final String AGREEMENT = "/api/v1/agreements/" + ID;
    private static final Deadlines DEADLINES = new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30));
    final Signer ua;
    final Signer ru;

    private FiveForFive(Signer ua, Signer ru) {
        this.ua = ua;
        this.ru = ru;
    }

    /** ua's desk, signing with the key the mediator registered for it. */
    public Signer ua() {
        return ua;
    }

    /** ru's desk, signing with the key the mediator registered for it. */
    public Signer ru() {
        return ru;
    }

    /** The exchange with plan 1 proposed and no one signed it yet: the sides, the mediator and the plan's reply. */
    record Planned(Signer ua, Signer ru, Client mediator, JsonNode plan) {
    }

    /** Runs the exchange up to plan 1's proposal on {@code running}'s server. */
    static Planned planned(RunningServer running) {
        AtomicInteger entries = new AtomicInteger();
        Client mediator = running.api(MEDIATOR_DESK);
        Signer ua = new Signer(Fixture.A, running.api(A_DESK), mediator, entries);
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), mediator, entries);
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text(agreement(ID, 5)), Optional.empty());
        ru.submit(AGREEMENT + "/acceptance", DocumentType.ANSWER, Fixture.A, text(agreement(ID, 5)),
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        post(ua.client, AGREEMENT + "/nominations", nominees(running.world().aPrisoners, 6), 201);
        post(ru.client, AGREEMENT + "/nominations", nominees(running.world().bPrisoners, 5), 201);
        return new Planned(ua, ru, mediator, post(mediator, AGREEMENT + "/plans", "{\"slots\":[{\"date\":\"2025-06-09\","
                + "\"crossing\":\"border\",\"seats\":5,\"stretchers\":0,\"wagons\":0,\"bodies_per_wagon\":0}]}", 201));
    }

    /** Runs the exchange up to ua's handover on {@code running}'s server. */
    public static FiveForFive handedOverByUa(RunningServer running) {
        Planned planned = planned(running);
        Signer ua = planned.ua();
        Signer ru = planned.ru();
        Client mediator = planned.mediator();
        byte[] planText = ua.client.get(AGREEMENT + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = ua.submit(AGREEMENT + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B, planText,
                Optional.of(planned.plan().get("anchor").asString()));
        ru.submit(AGREEMENT + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, planText,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        post(mediator, AGREEMENT + "/plans/1/confirmation", "{}", 200);
        ObjectNode handover = JSON.createObjectNode().put("from", "ua");
        ArrayNode presented = handover.putArray("presented");
        for (JsonNode line : get(mediator, AGREEMENT + "/tranches/1").get("lines")) {
            if (line.get("from").asString().equals("ua")) {
                presented.addObject().put("service_number", line.get("service_number").asString())
                        .put("name", line.get("name").asString()).put("interview", "consents");
            }
        }
        presented.addObject().put("service_number", "MI-999999").put("name", "Невідомий Петро").put("interview", "consents");
        post(ua.client, AGREEMENT + "/tranches/1/handover", handover.toString(), 201);
        return new FiveForFive(ua, ru);
    }

    /** Agreement {@code id}: {@code each} prisoners for {@code each}, between the fixture's two sides. */
    public static Agreement agreement(String id, int each) {
        return new Agreement(new AgreementId(id), AgreementKind.PRISONERS, Fixture.A, Fixture.B, Fixture.MEDIATOR,
                new Terms.FixedCounts(each, each, Eligibility.anyoneOf(Category.POW), Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)),
                DEADLINES);
    }

    /** The canonical text of {@code a}, the bytes a side signs. */
    public static byte[] text(Agreement a) {
        return AgreementText.render(a);
    }

    /** Rows 1..n of the list, row 6 a reserve. */
    private static String nominees(ListId list, int n) {
        ObjectNode body = JSON.createObjectNode().put("list", list.toString());
        ArrayNode rows = body.putArray("nominees");
        for (int i = 1; i <= n; i++) {
            rows.addObject().put("row", String.valueOf(i)).put("health", "fit").put("reserve", i == 6);
        }
        return body.toString();
    }
}
