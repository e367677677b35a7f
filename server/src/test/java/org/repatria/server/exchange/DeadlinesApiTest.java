package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;
import static org.repatria.server.exchange.Signer.JSON;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.document.DocumentType;
import org.repatria.core.list.ListId;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The terms' deadlines through the API: the plan's date in the signed text, and GET .../deadlines on a moving clock. */
class DeadlinesApiTest {
    private static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9)));
    @RegisterExtension
    static final RunningServer running = new RunningServer(10, c -> c.withClock(CLOCK));

    private static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
    }

    /** Agreement {@code id} between the fixture's sides: nominations in 2 days, the plan in 5, completion in 30. */
    private static Agreement dated(String id) {
        Agreement a = FiveForFive.agreement(id, 5);
        return new Agreement(a.id(), a.kind(), a.first(), a.second(), a.mediator(), a.terms(),
                new Deadlines(today().plusDays(2), today().plusDays(5), today().plusDays(30)));
    }

    private record Sides(Signer ua, Signer ru) {
    }

    private static Sides sides() {
        AtomicInteger entries = new AtomicInteger();
        Client mediator = running.api(MEDIATOR_DESK);
        return new Sides(new Signer(Fixture.A, running.api(A_DESK), mediator, entries).at(CLOCK),
                new Signer(Fixture.B, running.api(B_DESK), mediator, entries).at(CLOCK));
    }

    /** ua proposes {@code text}, ru accepts it. */
    private static Sides accepted(byte[] text) {
        Sides s = sides();
        JsonNode opened = s.ua().submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text, Optional.empty());
        String id = opened.get("id").asString();
        s.ru().submit("/api/v1/agreements/" + id + "/acceptance", DocumentType.ANSWER, Fixture.A, text,
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        return s;
    }

    private static List<String> lines(JsonNode deadlines) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : deadlines) {
            out.add(d.get("milestone").asString() + " " + d.get("side").asString() + " " + d.get("due").asString() + " "
                    + d.get("standing").asString() + " " + d.get("met_on").asString() + " " + d.get("days").asLong());
        }
        return out;
    }

    private static String nominees(ListId list, int n) {
        ObjectNode body = JSON.createObjectNode().put("list", list.toString());
        ArrayNode rows = body.putArray("nominees");
        for (int i = 1; i <= n; i++) {
            rows.addObject().put("row", String.valueOf(i)).put("health", "fit").put("reserve", false);
        }
        return body.toString();
    }

    @Test
    void thePlansDateTravelsInTheSignedTextAndComesBackByteForByte() {
        byte[] text = AgreementText.render(dated("dl-text"));
        accepted(text);
        JsonNode shown = running.api(MEDIATOR_DESK).getJson("/api/v1/agreements/dl-text");
        assertThat(shown.get("text").asString()).isEqualTo(new String(text, StandardCharsets.US_ASCII))
                .contains("plan-by " + today().plusDays(5) + "\n");
    }

    @Test
    void anAcceptedAgreementsDeadlinesCountDownFromToday() {
        accepted(AgreementText.render(dated("dl-fresh")));
        LocalDate today = today();
        assertThat(lines(running.api(MEDIATOR_DESK).getJson("/api/v1/agreements/dl-fresh/deadlines"))).containsExactly(
                "nominations ua " + today.plusDays(2) + " open  2",
                "nominations ru " + today.plusDays(2) + " open  2",
                "plan  " + today.plusDays(5) + " open  5",
                "completion  " + today.plusDays(30) + " open  30");
    }

    @Test
    void aSidesNominationsAreMetOnTheDayItNominated() {
        Sides s = accepted(AgreementText.render(dated("dl-nominated")));
        s.ua().client.postJson("/api/v1/agreements/dl-nominated/nominations", nominees(running.world().aPrisoners, 5), 201);
        assertThat(lines(running.api(A_DESK).getJson("/api/v1/agreements/dl-nominated/deadlines")).getFirst())
                .isEqualTo("nominations ua " + today().plusDays(2) + " met " + today() + " 0");
    }

    @Test
    void aDeadlineMissedIsOverdueByTheDaysSince() {
        accepted(AgreementText.render(dated("dl-missed")));
        LocalDate due = today().plusDays(2);
        CLOCK.advance(Duration.ofDays(3));
        assertThat(lines(running.api(B_DESK).getJson("/api/v1/agreements/dl-missed/deadlines")).get(1))
                .isEqualTo("nominations ru " + due + " overdue  1");
    }

    @Test
    void aPlanDueBeforeTheNominationsIsRefusedNamingTheField() {
        String good = new String(AgreementText.render(dated("dl-bad")), StandardCharsets.US_ASCII);
        String bad = good.replace("plan-by " + today().plusDays(5), "plan-by " + today().plusDays(1));
        Signer.Signed signed = sides().ua().sign(DocumentType.PROPOSAL, Fixture.B, bad.getBytes(StandardCharsets.US_ASCII),
                Optional.empty());
        var reply = running.api(A_DESK).postJson("/api/v1/agreements", signed.body());
        assertThat(reply.statusCode()).isEqualTo(400);
        JsonNode error = Client.json(reply);
        assertThat(error.get("field").asString()).isEqualTo("content.plan-by");
        assertThat(error.get("message").asString()).contains("the plan cannot be due on " + today().plusDays(1));
        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/agreements/dl-bad").statusCode()).isEqualTo(404);
    }

    private record Planned(Sides sides, JsonNode reply) {
    }

    /** Both sides nominate five; the mediator proposes a plan over one slot on {@code day}: 201 or 422. */
    private static Planned planned(String id, LocalDate day, int status) {
        Sides s = accepted(AgreementText.render(dated(id)));
        s.ua().client.postJson("/api/v1/agreements/" + id + "/nominations", nominees(running.world().aPrisoners, 5), 201);
        s.ru().client.postJson("/api/v1/agreements/" + id + "/nominations", nominees(running.world().bPrisoners, 5), 201);
        return new Planned(s, running.api(MEDIATOR_DESK).postJson("/api/v1/agreements/" + id + "/plans",
                "{\"slots\":[{\"date\":\"" + day + "\",\"crossing\":\"border\",\"seats\":5,\"stretchers\":0,"
                        + "\"wagons\":0,\"bodies_per_wagon\":0}]}", status));
    }

    @Test
    void aSlotBeforeThePlansDateIsNotUsedAndThePlanIsRefusedSayingWhy() {
        JsonNode refused = planned("dl-early", today().plusDays(4), 422).reply();
        assertThat(refused.get("message").asString()).contains("1 more offered before the plan is due on " + today().plusDays(5));
    }

    @Test
    void eachTrancheOfThePlanInForceIsADeadlineOnItsDateForTheSidesNotForAnObserver() {
        String id = "dl-planned";
        Planned planned = planned(id, today().plusDays(6), 201);
        JsonNode plan = planned.reply();
        Sides s = planned.sides();
        byte[] text = s.ua().client.get("/api/v1/agreements/" + id + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = s.ua().submit("/api/v1/agreements/" + id + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B,
                text, Optional.of(plan.get("anchor").asString()));
        s.ru().submit("/api/v1/agreements/" + id + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        running.api(MEDIATOR_DESK).postJson("/api/v1/agreements/" + id + "/plans/1/confirmation", "{}", 200);
        assertThat(lines(running.api(A_DESK).getJson("/api/v1/agreements/" + id + "/deadlines"))).contains(
                "plan  " + today().plusDays(5) + " met " + today() + " 0",
                "tranche  " + today().plusDays(6) + " open  6");
        running.api(MEDIATOR_DESK).postJson("/api/v1/agreements/" + id + "/grants", "{\"observer\":\"icrc\"}", 201);
        assertThat(lines(running.api(OBSERVER_DESK).getJson("/api/v1/agreements/" + id + "/deadlines")))
                .noneMatch(l -> l.startsWith("tranche")).anyMatch(l -> l.startsWith("plan  " + today().plusDays(5) + " met"));
    }

    @Test
    void anAgreementUnderNegotiationHasNoDeadlinesYet() {
        sides().ua().submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, AgreementText.render(dated("dl-open")),
                Optional.empty());
        assertThat(running.api(MEDIATOR_DESK).getJson("/api/v1/agreements/dl-open/deadlines")).isEmpty();
    }

    @Test
    void anObserverNotShownTheAgreementIsRefused() {
        accepted(AgreementText.render(dated("dl-hidden")));
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/agreements/dl-hidden/deadlines").statusCode()).isEqualTo(404);
    }
}
