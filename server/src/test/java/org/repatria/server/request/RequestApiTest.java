package org.repatria.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListId;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.Signer;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The requests' API: who sees which request, answers documents and what each side sees of them, and refusals. */
class RequestApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static Signer b;

    @BeforeAll
    static void keys() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        b = new Signer(Fixture.B, running.api(B_DESK), running.api(MEDIATOR_DESK), new AtomicInteger());
    }

    private static Signer.Signed signed(String listId, byte[] content) {
        return b.sign(DocumentType.ANSWERS, Fixture.A, content, Optional.of(RequestLists.envelope(running, listId)));
    }

    private static HttpResponse<String> answer(String listId, byte[] content) {
        return submit(listId, signed(listId, content));
    }

    private static HttpResponse<String> submit(String listId, Signer.Signed s) {
        return running.api(B_DESK).postJson("/api/v1/requests/" + listId + "/answers", s.body());
    }

    private static String answered(String listId, String... rowStatus) {
        HttpResponse<String> r = answer(listId, RequestLists.answers(rowStatus));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("envelope_id").asString();
    }

    private static JsonNode request(Fixture.Who who, String listId) {
        for (JsonNode r : Client.json(running.api(who).get("/api/v1/requests"))) {
            if (r.get("list_id").asString().equals(listId)) {
                return r;
            }
        }
        return null;
    }

    private static JsonNode rows(Fixture.Who who, String listId, String query) {
        HttpResponse<String> r = running.api(who).get("/api/v1/requests/" + listId + "/rows" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }

    private static long logSize() {
        return running.world().store.log().size();
    }

    @Test
    void aRelayedRequestListIsARequestForBothSidesAndTheMediatorEveryRowUnanswered() {
        String id = RequestLists.relayed(running, Category.POW, 4);
        for (Fixture.Who who : new Fixture.Who[] {A_DESK, B_DESK, MEDIATOR_DESK}) {
            JsonNode r = request(who, id);
            assertThat(r).as(who.name()).isNotNull();
            assertThat(r.get("requesting_party").asString()).isEqualTo("ua");
            assertThat(r.get("requested_party").asString()).isEqualTo("ru");
            assertThat(r.get("category").asString()).isEqualTo("POW");
            assertThat(r.get("rows").asInt()).isEqualTo(4);
            assertThat(r.get("by_status").get("unanswered").asInt()).isEqualTo(4);
            assertThat(r.get("ageing").get("0-30").asInt()).isEqualTo(4);
            assertThat(r.get("overdue").asInt()).isZero();
        }
    }

    @Test
    void aListTheMediatorHasNotRelayedIsNoRequest() {
        String id = RequestLists.signed(running, Category.POW, 2);
        assertThat(request(A_DESK, id)).isNull();
        assertThat(running.api(A_DESK).get("/api/v1/requests/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theRequestedSidesAnswerCountsForItAndTheMediatorAtOnce() {
        String id = RequestLists.relayed(running, Category.POW, 4);
        answered(id, "1,held", "2,not-found", "3,no-information");
        for (Fixture.Who who : new Fixture.Who[] {B_DESK, MEDIATOR_DESK}) {
            JsonNode byStatus = request(who, id).get("by_status");
            assertThat(byStatus.get("held").asInt()).isEqualTo(1);
            assertThat(byStatus.get("not-found").asInt()).isEqualTo(1);
            assertThat(byStatus.get("no-information").asInt()).isEqualTo(1);
            assertThat(byStatus.get("unanswered").asInt()).isEqualTo(1);
            assertThat(request(who, id).get("answered").asInt()).isEqualTo(2);
        }
    }

    @Test
    void theRequestingSideSeesAnswersOnlyOnceTheMediatorRelaysTheirDocument() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        String doc = answered(id, "1,located");
        assertThat(request(A_DESK, id).get("by_status").get("located").asInt()).isZero();
        assertThat(rows(A_DESK, id, "?limit=1").get("rows").get(0).get("history")).isEmpty();
        b.relay(doc);
        assertThat(request(A_DESK, id).get("by_status").get("located").asInt()).isEqualTo(1);
        JsonNode row = rows(A_DESK, id, "?limit=1").get("rows").get(0);
        assertThat(row.get("status").asString()).isEqualTo("located");
        assertThat(row.get("history").get(0).get("document").asString()).isEqualTo(doc);
    }

    @Test
    void aLaterAnswerSupersedesAnEarlierOneAndTheRowsHistoryKeepsBoth() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        String first = answered(id, "2,no-information");
        String second = answered(id, "2,held");
        JsonNode row = rows(MEDIATOR_DESK, id, "?status=held").get("rows").get(0);
        assertThat(row.get("row_id").asString()).isEqualTo("2");
        assertThat(row.get("history").valueStream().map(h -> h.get("document").asString())).containsExactly(first, second);
        assertThat(rows(MEDIATOR_DESK, id, "?status=no-information").get("total").asInt()).isZero();
    }

    @Test
    void rowsAreFilteredByStatusUnansweredIncludedAndPaged() {
        String id = RequestLists.relayed(running, Category.POW, 6);
        answered(id, "2,held", "5,deceased");
        JsonNode page = rows(B_DESK, id, "?status=unanswered&offset=1&limit=2");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("rows").valueStream().map(r -> r.get("row_id").asString())).containsExactly("3", "4");
    }

    @Test
    void aRowNotInTheListIsRefusedAndNothingIsRecorded() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        long before = logSize();
        HttpResponse<String> r = answer(id, RequestLists.answers("1,held", "99,held"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("unknown_row").contains("99");
        assertThat(logSize()).isEqualTo(before);
        assertThat(request(B_DESK, id).get("by_status").get("held").asInt()).isZero();
    }

    @Test
    void theSameRowTwiceInOneDocumentIsRefused() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        HttpResponse<String> r = answer(id, RequestLists.answers("1,held", "1,returned"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("answers_format").contains("twice");
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheLine() {
        String id = RequestLists.relayed(running, Category.POW, 3);
        HttpResponse<String> r = answer(id, RequestLists.answers("1,escaped"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("answers_format").contains("line 2");
    }

    @Test
    void theRequestingSideCannotAnswerItsOwnList() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/requests/" + id + "/answers", "{}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("not_requested");
    }

    @Test
    void aDocumentAnsweringAnotherListIsRefused() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        String other = RequestLists.relayed(running, Category.POW, 2);
        Signer.Signed s = b.sign(DocumentType.ANSWERS, Fixture.A, RequestLists.answers("1,held"),
                Optional.of(RequestLists.envelope(running, other)));
        HttpResponse<String> r = submit(id, s);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("wrong_list");
    }

    @Test
    void aDocumentAnsweringNoListIsRefused() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        Signer.Signed s = b.sign(DocumentType.ANSWERS, Fixture.A, RequestLists.answers("1,held"), Optional.empty());
        HttpResponse<String> r = submit(id, s);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("wrong_list");
    }

    @Test
    void aListThatIsNoRequestIsNotAnswered() {
        String holding = running.world().aRemains.toString();
        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/requests/" + holding + "/answers", "{}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("not_a_request");
    }

    @Test
    void anotherDocumentTypeIsRefused() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        Signer.Signed s = b.sign(DocumentType.ANSWER, Fixture.A, RequestLists.answers("1,held"),
                Optional.of(RequestLists.envelope(running, id)));
        HttpResponse<String> r = submit(id, s);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("answers document");
    }

    @Test
    void theServerHeldKeyAnswersWhereTheMediatorEnabledOne() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        HttpResponse<String> r = RequestLists.answeredWithServerHeldKey(running, id, "2,returned");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(request(MEDIATOR_DESK, id).get("by_status").get("returned").asInt()).isEqualTo(1);
    }

    @Test
    void anObserverReadsCountsButNoRows() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        assertThat(request(OBSERVER_DESK, id)).isNotNull();
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/requests/" + id + "/rows").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownStatusFilterIsABadRequest() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        HttpResponse<String> r = running.api(B_DESK).get("/api/v1/requests/" + id + "/rows?status=lost");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("status");
    }

    @Test
    void theRequestingSideAcknowledgesARelayedAnswersDocumentAndMayDisputeIt() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        String doc = answered(id, "1,deceased");
        b.relay(doc);
        Envelope envelope = Envelope.parse(Client.json(running.api(A_DESK).get("/api/v1/documents/" + doc))
                .get("envelope").asString().getBytes(StandardCharsets.US_ASCII));
        EntryStatement ack = new EntryStatement(EntryKind.ACKNOWLEDGED, Fixture.A, KeyCustody.OWN,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), envelope);
        HttpResponse<String> acknowledged = running.api(A_DESK).postJson("/api/v1/documents/" + doc + "/acknowledgement",
                JsonMapper.builder().build().createObjectNode().put("entry", new String(LogEntry.sign(ack, Documents.UA_KEY)
                        .encoded(), StandardCharsets.UTF_8)).toString());
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(201);
        HttpResponse<String> dispute = running.api(A_DESK).postJson("/api/v1/documents/" + doc + "/disputes",
                "{\"subject\":\"Row 1\",\"text\":\"We hold a record of him alive in August.\"}");
        assertThat(dispute.statusCode()).as(dispute.body()).isEqualTo(201);
    }

    @Test
    void theMediatorRelaysAnAnswersDocumentOnlyToItsAddressee() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        String doc = answered(id, "1,held");
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/documents/" + doc + "/relay", "{\"to\":\"icrc\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("not_addressee");
    }

    @Test
    void aPartyNeverSeesARequestRelayedToAnotherParty() {
        var store = running.world().store;
        if (store.parties().find(new PartyId("cc")).isEmpty()) {
            store.parties().add(new Party(new PartyId("cc"), "Third party", PartyKind.BELLIGERENT));
        }
        String id = RequestLists.signed(running, Category.POW, 2);
        store.lists().relay(ListId.parse(id), new PartyId("cc"), Instant.now());
        assertThat(request(B_DESK, id)).isNull();
        assertThat(running.api(B_DESK).get("/api/v1/requests/" + id + "/rows").statusCode()).isEqualTo(404);
        assertThat(request(A_DESK, id).get("requested_party").asString()).isEqualTo("cc");
    }

    @Test
    void anAnswersDocumentSentAsAPlainDocumentIsRefusedAndNothingIsLogged() {
        String id = RequestLists.relayed(running, Category.POW, 2);
        long before = logSize();
        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/documents",
                signed(id, RequestLists.answers("1,held")).body());
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("requests_route");
        assertThat(logSize()).isEqualTo(before);
    }
}
