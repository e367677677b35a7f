package org.repatria.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.Sex;
import org.repatria.demo.Scenario;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;
import org.repatria.server.access.ChildWorkers;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import org.repatria.server.reunification.ChildReturn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The must-show of issue 13 on the demo scenario's 339 deported children, through the API on a clock the test moves:
 * ua submits its children's request list signed, the mediator relays it to ru and sets a deadline eight weeks on; ru's
 * child-protection account answers in three signed parts three weeks apart (located under a changed name, not-found,
 * held, no-information, some rows answered again), each relayed by the mediator and acknowledged by ua; after the
 * second part ua's child worker runs the search for children under changed names and confirms what it finds; after the
 * deadline the mediator sends a reminder; three of the renamed children are returned in a tranche of a CHILDREN
 * agreement and reunified (guardian checked, the mediator's signed record, which marks their rows {@code returned}). Then
 * the counts, the ageing, every row's history, the cases and the log are read back and must agree with what was done.
 */
class ChildrenRequestEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestClock CLOCK = new TestClock(Instant.parse("2025-06-02T09:00:00Z"));
    private static final Duration WEEK = Duration.ofDays(7);
    private static final String LOCATED_AT = "Таганрог";
    @RegisterExtension
    static final RunningServer running = new RunningServer(10, c -> c.withClock(CLOCK));

    private static List<Person> children;
    private static String listId;
    private static Instant deadline;
    /** Every row's answers in the order given; rows never answered have none. */
    private static final Map<String, List<String>> given = new LinkedHashMap<>();
    /** The name each row located under a changed name is held under (surname). */
    private static final Map<String, String> renamed = new TreeMap<>();
    /** The envelope ids of the three answers documents, in order. */
    private static final List<String> answersDocuments = new ArrayList<>();
    private static long logBeforeAnswers;
    private static long logAfterReminder;
    private static long logBeforeThirdPart;
    private static long logAfterThirdPart;
    /** The request rows returned and reunified, and the envelope ids of their reunification records. */
    private static final List<String> reunified = new ArrayList<>();
    private static final List<String> reunifications = new ArrayList<>();
    private static long reunificationEntries;
    private static ChildReturn returned;
    private static String reminder;
    private static int foundInTopThree;
    private static int confirmed;

    @BeforeAll
    static void theRequestIsAnsweredInThreePartsOverNineWeeks() {
        ChildWorkers.add(running);
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.enableServerHeldKey(running, Fixture.B);
        children = Scenario.generate(2025).list(Fixture.A, ListPurpose.REQUEST,
                Category.CHILD).orElseThrow().rows();
        assertThat(children).hasSize(Scenario.CHILDREN);
        children.forEach(c -> given.put(c.rowId(), new ArrayList<>()));

        listId = submit(children);
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, listId);
        ok(running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + listId + "/relay", "{\"to\":\"ru\"}"), 200);
        deadline = CLOCK.instant().plus(WEEK.multipliedBy(8));
        ok(running.api(MEDIATOR_DESK).send(running.api(MEDIATOR_DESK).request("/api/v1/requests/" + listId + "/deadline")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"deadline\":\"" + deadline + "\"}"))), 200);
        logBeforeAnswers = logSize();

        CLOCK.advance(WEEK.multipliedBy(3));
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            first.append(i < 10 ? locatedRenamed(i) : answer(i, i < 20 ? "not-found" : "no-information", "", ""));
        }
        answerRelayAcknowledge(first);

        CLOCK.advance(WEEK.multipliedBy(3));
        StringBuilder second = new StringBuilder();
        for (int i = 30; i < 50; i++) {
            second.append(i < 40 ? answer(i, "held", LOCATED_AT, "") : locatedRenamed(i));
        }
        for (int i = 20; i < 25; i++) {
            second.append(answer(i, "not-found", "", ""));
        }
        answerRelayAcknowledge(second);

        traceAndConfirmTheRenamed();

        CLOCK.advance(WEEK.multipliedBy(2).plusDays(1));
        reminder = Client.json(ok(running.api(MEDIATOR_DESK).postJson("/api/v1/requests/" + listId + "/reminders",
                "{\"note\":\"The deadline has passed; 289 children are still unanswered.\"}"), 201))
                .get("envelope_id").asString();
        logAfterReminder = logSize();

        CLOCK.advance(Duration.ofDays(3));
        returnAndReunifyTheFirstThreeRenamed();

        CLOCK.advance(Duration.ofDays(3));
        logBeforeThirdPart = logSize();
        StringBuilder third = new StringBuilder();
        for (int i = 50; i < 68; i++) {
            third.append(answer(i, i < 58 ? "not-found" : "no-information", "", ""));
        }
        for (int i = 25; i < 30; i++) {
            third.append(answer(i, "held", LOCATED_AT, ""));
        }
        answerRelayAcknowledge(third);
        logAfterThirdPart = logSize();
        CLOCK.advance(WEEK);
    }

    /**
     * ru lists three of the children it located under a changed name as children it holds; a CHILDREN agreement returns
     * them in one tranche (nominations, plan, crossing, act); ua checks each guardian at the handover and the mediator
     * signs a reunification record for each, closing the case.
     */
    private static void returnAndReunifyTheFirstThreeRenamed() {
        reunified.addAll(renamed.keySet().stream().limit(3).toList());
        ObjectNode body = JSON.createObjectNode().put("title", "Дети, находящиеся на попечении").put("purpose", "holding")
                .put("category", "child");
        ArrayNode rows = body.putArray("rows");
        for (int h = 0; h < reunified.size(); h++) {
            Person p = children.get(index(reunified.get(h)));
            rows.addObject().put("id", String.valueOf(h + 1)).put("surname", renamed.get(p.rowId()))
                    .put("given_name", p.name().givenName()).put("patronymic", p.name().patronymic())
                    .put("sex", p.sex().name().toLowerCase(Locale.ROOT)).put("birth_date", p.birthDate().iso())
                    .put("military_id", "BC-" + p.rowId());
        }
        String held = Client.json(ok(running.api(Fixture.Who.B_DESK).postJson("/api/v1/lists", body.toString()), 201))
                .get("id").asString();
        ChildReturn r = ChildReturn.actSigned(running, "children-e2e", ListId.parse(listId), ListId.parse(held),
                List.of("1", "2", "3"), "", CLOCK);
        returned = r;
        Documents.enableServerHeldKey(running, Fixture.MEDIATOR);
        for (int h = 0; h < reunified.size(); h++) {
            String row = String.valueOf(h + 1);
            ok(running.api(A_DESK).postJson(r.base + "/tranches/1/guardian-checks", r.guardianCheck(row)), 201);
            long before = logSize();
            JsonNode done = Client.json(ok(running.api(MEDIATOR_DESK).postJson(r.base
                    + "/tranches/1/reunifications/server-held-signature", r.reunification(row, listId, reunified.get(h))), 201));
            assertThat(done.get("case_closed").asBoolean()).isTrue();
            reunifications.add(done.get("envelope_id").asString());
            given.get(reunified.get(h)).add("returned"); // its record marks the row returned
            reunificationEntries += logSize() - before;
        }
    }

    private static int index(String rowId) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).rowId().equals(rowId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(rowId);
    }

    /** ua's desk submits the demo's children as its request list; the list's id. */
    private static String submit(List<Person> persons) {
        ObjectNode body = JSON.createObjectNode().put("title", "Депортовані діти").put("purpose", "request")
                .put("category", "child");
        ArrayNode rows = body.putArray("rows");
        for (Person p : persons) {
            rows.addObject().put("id", p.rowId()).put("surname", p.name().surname()).put("given_name", p.name().givenName())
                    .put("patronymic", p.name().patronymic()).put("sex", p.sex().name().toLowerCase(Locale.ROOT))
                    .put("birth_date", p.birthDate().iso()).put("birth_place", p.birthPlace());
        }
        return Client.json(ok(running.api(A_DESK).postJson("/api/v1/lists", body.toString()), 201)).get("id").asString();
    }

    private static String answer(int index, String status, String place, String surnameHeld) {
        Person p = children.get(index);
        given.get(p.rowId()).add(status);
        String date = status.equals("not-found") || status.equals("no-information") ? "" : "2025-07-01";
        String name = surnameHeld.isEmpty() ? ",," : surnameHeld + "," + p.name().givenName() + "," + p.name().patronymic();
        return p.rowId() + "," + status + "," + date + "," + place + "," + name + ",\n";
    }

    private static String locatedRenamed(int index) {
        String surname = children.get(index).sex() == Sex.FEMALE ? "Смирнова" : "Смирнов";
        renamed.put(children.get(index).rowId(), surname);
        return answer(index, "located", LOCATED_AT, surname);
    }

    /** ru's child worker answers (server-held key, on the test clock), the mediator relays, ua acknowledges. */
    private static void answerRelayAcknowledge(StringBuilder rows) {
        byte[] csv = ("row_id,status,date,place,surname,given_name,patronymic,note\n" + rows)
                .getBytes(StandardCharsets.UTF_8);
        String doc = Client.json(ok(ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).postJson("/api/v1/requests/"
                + listId + "/answers/server-held-signature", "{\"content\":\""
                + Base64.getEncoder().encodeToString(csv) + "\"}"), 201)).get("envelope_id").asString();
        ok(running.api(MEDIATOR_DESK).post("/api/v1/documents/" + doc + "/relay", "", "application/json"), 201);
        Client ua = ChildWorkers.api(running, ChildWorkers.UA_CHILDREN);
        Envelope envelope = Envelope.parse(Client.json(ok(ua.get("/api/v1/documents/" + doc), 200)).get("envelope")
                .asString().getBytes(StandardCharsets.US_ASCII));
        EntryStatement ack = new EntryStatement(EntryKind.ACKNOWLEDGED, Fixture.A, KeyCustody.OWN,
                CLOCK.instant().truncatedTo(ChronoUnit.SECONDS), envelope);
        ok(ua.postJson("/api/v1/documents/" + doc + "/acknowledgement", JSON.createObjectNode().put("entry",
                new String(LogEntry.sign(ack, Documents.UA_KEY).encoded(), StandardCharsets.UTF_8)).toString()), 201);
        answersDocuments.add(doc);
    }

    /** ua's child worker reads each renamed child's candidates and confirms the answer found among the first three. */
    private static void traceAndConfirmTheRenamed() {
        Client ua = ChildWorkers.api(running, ChildWorkers.UA_CHILDREN);
        for (String row : renamed.keySet()) {
            String path = "/api/v1/children/" + listId + "/cases/" + row + "/candidates";
            JsonNode candidates = Client.json(ok(ua.get(path), 200)).get("candidates");
            for (int i = 0; i < Math.min(3, candidates.size()); i++) {
                JsonNode c = candidates.get(i);
                if (c.get("source").asString().equals("answer") && c.get("row_id").asString().equals(row)) {
                    foundInTopThree++;
                    ok(ua.postJson(path, JSON.createObjectNode().put("candidate", c.get("candidate").asString())
                            .put("decision", "confirm").toString()), 200);
                    confirmed++;
                    break;
                }
            }
        }
    }

    @Test
    void theCountsByStatusAreWhatRuAnsweredLastForEachRow() {
        Map<String, Integer> expected = new TreeMap<>();
        given.values().forEach(h -> expected.merge(h.isEmpty() ? "unanswered" : h.getLast(), 1, Integer::sum));
        JsonNode request = Client.json(ok(running.api(MEDIATOR_DESK).get("/api/v1/requests/" + listId), 200));
        Map<String, Integer> counted = new TreeMap<>();
        request.get("by_status").properties().forEach(e -> {
            if (e.getValue().asInt() > 0) {
                counted.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertThat(counted).isEqualTo(expected);
        assertThat(request.get("rows").asInt()).isEqualTo(339);
        long answered = given.values().stream().filter(h -> !h.isEmpty() && !h.getLast().equals("no-information")).count();
        assertThat(request.get("answered").asInt()).isEqualTo((int) answered);
        int waiting = expected.getOrDefault("unanswered", 0) + expected.getOrDefault("no-information", 0);
        assertThat(request.get("overdue").asInt()).isEqualTo(waiting);
        assertThat(request.get("deadline").asString()).isEqualTo(deadline.toString());
    }

    @Test
    void theRequestingSideCountsTheSameAsTheMediator() {
        JsonNode ua = Client.json(ok(running.api(A_DESK).get("/api/v1/requests/" + listId), 200));
        JsonNode tr = Client.json(ok(running.api(MEDIATOR_DESK).get("/api/v1/requests/" + listId), 200));
        assertThat(ua.get("by_status")).isEqualTo(tr.get("by_status"));
        assertThat(ua.get("overdue")).isEqualTo(tr.get("overdue"));
    }

    @Test
    void everyWaitingRowAgesInTheBucketOfTheTenWeeksSinceTheRelay() {
        JsonNode ageing = Client.json(ok(running.api(MEDIATOR_DESK).get("/api/v1/requests/" + listId), 200)).get("ageing");
        long waiting = given.values().stream().filter(h -> h.isEmpty() || h.getLast().equals("no-information")).count();
        assertThat(ageing.get("61-90").asInt()).isEqualTo((int) waiting);
        assertThat(ageing.get("0-30").asInt() + ageing.get("31-60").asInt() + ageing.get("90+").asInt()).isZero();
    }

    @Test
    void everyRowsHistoryHoldsEachAnswerInOrderWithTheSupersededOnes() {
        Client ua = ChildWorkers.api(running, ChildWorkers.UA_CHILDREN);
        Map<String, List<String>> read = new LinkedHashMap<>();
        Map<String, List<String>> documents = new LinkedHashMap<>();
        for (int offset = 0; offset < 339; offset += 200) {
            JsonNode page = Client.json(ok(ua.get("/api/v1/requests/" + listId + "/rows?offset=" + offset + "&limit=200"),
                    200));
            assertThat(page.get("total").asInt()).isEqualTo(339);
            for (JsonNode row : page.get("rows")) {
                List<String> statuses = new ArrayList<>();
                List<String> docs = new ArrayList<>();
                row.get("history").forEach(h -> {
                    statuses.add(h.get("status").asString());
                    docs.add(h.get("document").asString());
                });
                read.put(row.get("row_id").asString(), statuses);
                documents.put(row.get("row_id").asString(), docs);
                String expectedStatus = statuses.isEmpty() ? "unanswered" : statuses.getLast();
                assertThat(row.get("status").asString()).as(row.get("row_id").asString()).isEqualTo(expectedStatus);
            }
        }
        assertThat(read).isEqualTo(given);
        assertThat(documents.get(children.get(20).rowId())).containsExactly(answersDocuments.get(0), answersDocuments.get(1));
        assertThat(documents.get(children.get(25).rowId())).containsExactly(answersDocuments.get(0), answersDocuments.get(2));
        assertThat(read.get(reunified.get(0))).containsExactly("located", "returned");
        assertThat(documents.get(reunified.get(0))).as("the row's returned comes from its reunification record")
                .hasSize(2).last().isEqualTo(reunifications.get(0));
    }

    @Test
    void theLogHoldsExactlyTheAnswersTheirRelaysAcknowledgementsTheReminderAndTheReunificationsAndItsReceiptsVerify() {
        assertThat(logAfterReminder - logBeforeAnswers).as("two parts and the reminder").isEqualTo(2 * 3 + 1);
        assertThat(logAfterThirdPart - logBeforeThirdPart).as("the third part").isEqualTo(3);
        assertThat(reunificationEntries).as("one record per child").isEqualTo(3);
        LogAuditor auditor = new LogAuditor(NoteVerifier.parse(running.api(MEDIATOR_DESK).get("/log/vkey").body()));
        for (String doc : answersDocuments) {
            assertThat(trail(auditor, doc)).containsExactly("submitted", "relayed", "acknowledged");
        }
        assertThat(trail(auditor, reminder)).containsExactly("submitted");
        for (String doc : reunifications) {
            assertThat(trail(auditor, doc)).containsExactly("submitted");
        }
    }

    @Test
    void theReunifiedChildrensCasesAreClosedByTheirRecords() {
        for (int h = 0; h < reunified.size(); h++) {
            JsonNode c = Client.json(ok(ChildWorkers.api(running, ChildWorkers.UA_CHILDREN)
                    .get("/api/v1/children/" + listId + "/cases/" + reunified.get(h)), 200));
            assertThat(c.get("status").asString()).isEqualTo("closed");
            assertThat(c.get("closed_by_record").asString()).isEqualTo(reunifications.get(h));
        }
    }

    @Test
    void aSecondReunificationOfAReunifiedChildIsRefusedAndTheLogIsUnchanged() {
        long before = logSize();
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson(returned.base
                + "/tranches/1/reunifications/server-held-signature", returned.reunification("1", listId, reunified.get(0)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("already_reunified");
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void theSearchFindsEveryChildLocatedUnderAChangedNameAmongTheFirstThreeAndTheChildWorkerConfirmsThem() {
        assertThat(renamed).hasSize(20);
        assertThat(foundInTopThree).isEqualTo(20);
        assertThat(confirmed).isEqualTo(20);
        String row = renamed.keySet().iterator().next();
        JsonNode linked = Client.json(ok(ChildWorkers.api(running, ChildWorkers.UA_CHILDREN)
                .get("/api/v1/children/" + listId + "/cases/" + row + "/candidates"), 200)).get("linked");
        assertThat(linked.get("decided_by").asString()).isEqualTo(ChildWorkers.UA_CHILDREN);
    }

    private static List<String> trail(LogAuditor auditor, String doc) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode step : Client.json(ok(running.api(MEDIATOR_DESK).get("/api/v1/documents/" + doc), 200)).get("trail")) {
            kinds.add(step.get("kind").asString());
            auditor.checkReceipt(Receipt.parse(Client.json(ok(running.api(MEDIATOR_DESK)
                    .get("/api/v1/log/receipts/" + step.get("index").asLong()), 200)).get("receipt").asString()));
        }
        return kinds;
    }

    private static long logSize() {
        Client tr = running.api(MEDIATOR_DESK);
        return SignedCheckpoint.open(tr.get("/log/checkpoint").body().getBytes(StandardCharsets.UTF_8),
                NoteVerifier.parse(tr.get("/log/vkey").body())).checkpoint().size();
    }

    private static HttpResponse<String> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(status);
        return r;
    }
}
