package org.repatria.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Permission;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.store.child.ReadQuery;
import org.repatria.store.child.RecordPart;
import tools.jackson.databind.JsonNode;

/**
 * Requests over time, on a clock the test moves: deadlines and overdue rows, ageing since the relay, reminders on the
 * log, the chart of answers, and children's rows (answers signed with the server-held key, which signs on that clock).
 */
class RequestDeadlineTest {
    private static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    @RegisterExtension
    static final RunningServer running = new RunningServer(10, c -> c.withClock(CLOCK));

    private static String answer(String listId, String... rowStatus) {
        HttpResponse<String> r = RequestLists.answeredWithServerHeldKey(running, listId, rowStatus);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("envelope_id").asString();
    }

    private static void relay(String envelopeId) {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).post("/api/v1/documents/" + envelopeId + "/relay", "",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static JsonNode request(Fixture.Who who, String listId) {
        HttpResponse<String> r = running.api(who).get("/api/v1/requests/" + listId);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }

    private static HttpResponse<String> deadline(Fixture.Who who, String listId, Instant at) {
        return running.api(who).send(running.api(who).request("/api/v1/requests/" + listId + "/deadline")
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"deadline\":" + (at == null ? "null" : "\"" + at + "\"") + "}")));
    }

    @Test
    void waitingRowsAreOverdueOnceTheDeadlinePassesAndAnsweredOnesAreNot() {
        String id = RequestLists.relayed(running, Category.POW, 5);
        answer(id, "1,held", "2,no-information");
        Instant due = CLOCK.instant().plus(Duration.ofDays(10));
        assertThat(deadline(MEDIATOR_DESK, id, due).statusCode()).isEqualTo(200);
        assertThat(request(B_DESK, id).get("overdue").asInt()).isZero();
        CLOCK.advance(Duration.ofDays(11));
        JsonNode r = request(B_DESK, id);
        assertThat(r.get("deadline").asString()).isEqualTo(due.toString());
        assertThat(r.get("overdue").asInt()).isEqualTo(4);
    }

    @Test
    void waitingRowsAgeInTheBucketOfDaysSinceTheRelay() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        answer(id, "1,returned");
        CLOCK.advance(Duration.ofDays(45));
        JsonNode ageing = request(MEDIATOR_DESK, id).get("ageing");
        assertThat(ageing.get("31-60").asInt()).isEqualTo(2);
        assertThat(ageing.get("0-30").asInt()).isZero();
    }

    @Test
    void onlyTheMediatorSetsTheDeadline() {
        String id = RequestLists.relayed(running, Category.POW, 1);
        assertThat(deadline(A_DESK, id, CLOCK.instant().plus(Duration.ofDays(5))).statusCode()).isEqualTo(403);
        assertThat(request(A_DESK, id).get("deadline").isNull()).isTrue();
    }

    @Test
    void aDeadlineBeforeTheRelayIsRefused() {
        String id = RequestLists.relayed(running, Category.POW, 1);
        HttpResponse<String> r = deadline(MEDIATOR_DESK, id, CLOCK.instant().minus(Duration.ofDays(400)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("deadline");
    }

    @Test
    void aClearedDeadlineMakesNothingOverdue() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        deadline(MEDIATOR_DESK, id, CLOCK.instant().plusSeconds(60));
        CLOCK.advance(Duration.ofDays(2));
        assertThat(deadline(MEDIATOR_DESK, id, null).statusCode()).isEqualTo(200);
        assertThat(request(MEDIATOR_DESK, id).get("overdue").asInt()).isZero();
    }

    @Test
    void aReminderIsADocumentOnTheLogThatTheRequestedSideReads() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        HttpResponse<String> sent = running.api(MEDIATOR_DESK).postJson("/api/v1/requests/" + id + "/reminders",
                "{\"note\":\"Please answer before the next round.\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String envelope = Client.json(sent).get("envelope_id").asString();
        JsonNode trail = Client.json(running.api(MEDIATOR_DESK).get("/api/v1/documents/" + envelope)).get("trail");
        assertThat(trail.get(0).get("kind").asString()).isEqualTo("submitted");
        JsonNode seen = Client.json(running.api(B_DESK).get("/api/v1/requests/" + id + "/reminders"));
        assertThat(seen.get(0).get("envelope_id").asString()).isEqualTo(envelope);
        assertThat(seen.get(0).get("to").asString()).isEqualTo("ru");
    }

    @Test
    void onlyTheMediatorReminds() {
        String id = RequestLists.relayed(running, Category.POW, 1);
        assertThat(running.api(A_DESK).postJson("/api/v1/requests/" + id + "/reminders", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theChartCountsAnswersPerWeekAndTheRowsAnsweredAtEachWeeksEnd() {
        String id = RequestLists.relayed(running, Category.POW, 4);
        relay(answer(id, "1,held"));
        CLOCK.advance(Duration.ofDays(14));
        relay(answer(id, "2,not-found", "1,returned"));
        JsonNode points = Client.json(running.api(OBSERVER_DESK).get("/api/v1/requests/" + id + "/chart?step=week"))
                .get("points");
        JsonNode last = points.get(points.size() - 1);
        assertThat(last.get("given").get("returned").asInt()).isEqualTo(1);
        assertThat(last.get("given").get("not-found").asInt()).isEqualTo(1);
        assertThat(last.get("answered_at_end").asInt()).isEqualTo(2);
        assertThat(points.get(0).get("given").get("held").asInt()).isEqualTo(1);
    }

    @Test
    void aChildListsRowsAreRefusedToAnAccountThatDoesNotWorkChildrensCases() {
        String id = RequestLists.relayed(running, Category.CHILD, 3);
        HttpResponse<String> r = running.api(B_DESK).get("/api/v1/requests/" + id + "/rows");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("children_only");
        assertThat(request(B_DESK, id).get("rows").asInt()).as("counts stay readable").isEqualTo(3);
    }

    @Test
    void aChildWorkerReadsAChildListsRowsAndTheReadIsRecordedOnce() {
        String id = RequestLists.relayed(running, Category.CHILD, 3);
        running.world().store.permissions().grant(Fixture.Who.B_DESK.username(), Permission.CHILDREN);
        try {
            HttpResponse<String> r = running.api(B_DESK).get("/api/v1/requests/" + id + "/rows");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            var reads = running.world().store.childReads().page(new ReadQuery(Optional.empty(),
                    Optional.of(Fixture.Who.B_DESK.username()), Optional.of(ListId.parse(id)), Optional.empty(), 0, 10));
            assertThat(reads).singleElement().satisfies(read -> assertThat(read.what()).isEqualTo(RecordPart.ANSWERS));
        } finally {
            running.world().store.permissions().revoke(Fixture.Who.B_DESK.username(), Permission.CHILDREN);
        }
    }

    @Test
    void answeringAChildListNeedsTheChildrenPermission() {
        String id = RequestLists.relayed(running, Category.CHILD, 2);
        HttpResponse<String> r = RequestLists.answeredWithServerHeldKey(running, id, "1,located");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("children_only");
    }
}
