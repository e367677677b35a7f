package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The must-show of issue 6 on the demo scenario: a 1,000-for-1,000 prisoner exchange in tranches of 390, 307 and 303
 * with two refusals and one person not found (made good from reserves), and 6,000 bodies in tranches of at most 1,212,
 * run through the API; at the end the acts, the log and every person's lifecycle state agree with each other.
 */
class ExchangeEndToEndTest {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final PartyId TR = new PartyId("tr");
    private static final Deadlines DEADLINES = new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 8, 31));
    private static final String BASE = "/api/v1/agreements/";
    /** A line of an act naming a person who crossed: "12. name | service number | list/row". */
    private static final Pattern CROSSED = Pattern.compile("^\\d+\\. .* \\| ([0-9a-f-]{36}/[^ |]+)");
    private static DemoExchange x;
    private final Map<String, List<Integer>> acts = new HashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        x = new DemoExchange(dir);
    }

    @AfterAll
    static void stop() {
        x.close();
    }

    @Test
    void prisonersAndRemainsAreExchangedAndActsLogAndLifecycleAgree() {
        String pows = prisoners();
        String remains = remains();

        Map<String, Integer> powStates = states(pows);
        assertThat(powStates).containsEntry("RECEIVED", 2000).containsEntry("REFUSED_REPATRIATION", 2)
                .containsEntry("NOT_FOUND", 1);
        assertThat(received(pows, UA)).isEqualTo(1000);
        assertThat(received(pows, RU)).isEqualTo(1000);
        assertThat(states(remains)).containsExactly(Map.entry("RECEIVED", 6000));
        assertActsLogAndLifecycleAgree(pows);
        assertActsLogAndLifecycleAgree(remains);
        assertThat(checkpointSize()).as("every submission and relay, nothing else").isEqualTo(x.entries());
    }

    private String prisoners() {
        Agreement asked = pows(900);
        JsonNode opened = x.ru.submit("/api/v1/agreements", DocumentType.PROPOSAL, UA, AgreementText.render(asked), Optional.empty());
        String id = opened.get("id").asString();
        JsonNode countered = x.ua.submit(BASE + id + "/counter", DocumentType.PROPOSAL, RU, AgreementText.render(pows(1000)),
                Optional.of(envelope(opened, 0)));
        JsonNode accepted = x.ru.submit(BASE + id + "/acceptance", DocumentType.ANSWER, UA, AgreementText.render(pows(1000)),
                Optional.of(envelope(countered, 1)));
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");

        x.confirmedMatches(x.holding(RU, Category.POW));
        nominate(id, x.ua.client, x.holding(UA, Category.POW), 1000, 10, "fit");
        JsonNode ruNominees = nominate(id, x.ru.client, x.holding(RU, Category.POW), 1000, 10, "fit");
        assertTiedToRequests(ruNominees, x.holding(RU, Category.POW));
        refusesAPlanThatBreaksParity(id);
        int plan = planAndConfirm(id, slots(List.of(390, 307, 310), 0, 0), UA, RU);
        assertThat(sizes(id, plan)).containsExactly(780, 614, 606);

        List<JsonNode> first = manifest(id, 1);
        List<JsonNode> refusing = first.stream().filter(l -> from(l, UA)).limit(2).toList();
        JsonNode missing = first.stream().filter(l -> from(l, RU)).findFirst().orElseThrow();
        post(x.mediator, BASE + id + "/moves", moves(refusing, "REFUSED_REPATRIATION", "refused after a private interview"), 201);
        HttpResponse<String> impossible = x.ru.client.postJson(BASE + id + "/moves", moves(List.of(missing), "RECEIVED", "early"));
        assertThat(impossible.statusCode()).isEqualTo(409);
        assertThat(impossible.body()).contains("allowed");
        post(x.ru.client, BASE + id + "/moves", moves(List.of(missing), "NOT_FOUND", "not in the camp the list names"), 201);

        JsonNode uaHanded = handover(id, 1, x.ua.client, UA, first, refusing, List.of());
        assertThat(uaHanded.get("crossed").asInt()).isEqualTo(388);
        assertThat(kinds(uaHanded)).containsExactly("REFUSED", "REFUSED");
        JsonNode ruHanded = handover(id, 1, x.ru.client, RU, first, List.of(), List.of(missing));
        assertThat(ruHanded.get("crossed").asInt()).isEqualTo(389);
        assertThat(kinds(ruHanded)).containsExactly("ABSENT");
        signAct(id, 1, UA, RU);

        int replanned = planAndConfirm(id, JSON.createObjectNode().put("replan", true), UA, RU);
        assertThat(sizes(id, replanned)).as("the three drop-outs leave tranche 1; reserves make them good in 3")
                .containsExactly(777, 614, 609);
        List<JsonNode> second = manifest(id, 2);
        JsonNode again = handover(id, 2, x.ua.client, UA, second, List.of(), List.of(), first.stream()
                .filter(l -> from(l, UA)).skip(5).findFirst().orElseThrow());
        assertThat(kinds(again)).containsExactly("SECOND_HANDOVER");
        handover(id, 2, x.ru.client, RU, second, List.of(), List.of());
        signAct(id, 2, RU, UA);
        List<JsonNode> third = manifest(id, 3);
        handover(id, 3, x.ua.client, UA, third, List.of(), List.of());
        handover(id, 3, x.ru.client, RU, third, List.of(), List.of());
        signAct(id, 3, UA, RU);
        acts.put(id, List.of(1, 2, 3));
        return id;
    }

    private String remains() {
        Agreement bodies = new Agreement(new AgreementId("ist-2025-remains"), AgreementKind.REMAINS, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(6000), Eligibility.anyoneOf(Category.REMAINS)), DEADLINES);
        JsonNode opened = x.ru.submit("/api/v1/agreements", DocumentType.PROPOSAL, UA, AgreementText.render(bodies),
                Optional.empty());
        String id = opened.get("id").asString();
        x.ua.submit(BASE + id + "/acceptance", DocumentType.ANSWER, RU, AgreementText.render(bodies),
                Optional.of(envelope(opened, 0)));
        nominate(id, x.ru.client, x.holding(RU, Category.REMAINS), 6000, 0, "not-applicable");
        int plan = planAndConfirm(id, slots(List.of(0, 0, 0, 0, 0), 4, 303), UA, RU);
        List<Integer> sizes = sizes(id, plan);
        assertThat(sizes).allMatch(n -> n <= 1212).extracting(n -> n).contains(1212);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6000);
        List<Integer> tranches = new ArrayList<>();
        for (int t = 1; t <= sizes.size(); t++) {
            JsonNode handed = handover(id, t, x.ru.client, RU, manifest(id, t), List.of(), List.of());
            assertThat(handed.get("crossed").asInt()).isEqualTo(sizes.get(t - 1));
            signAct(id, t, UA, RU);
            tranches.add(t);
        }
        acts.put(id, tranches);
        return id;
    }

    private static Agreement pows(int each) {
        return new Agreement(new AgreementId("ist-2025-pow"), AgreementKind.PRISONERS, UA, RU, TR,
                new Terms.FixedCounts(each, each, Eligibility.anyoneOf(Category.POW), Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)),
                DEADLINES);
    }

    private static String envelope(JsonNode agreement, int step) {
        return agreement.get("steps").get(step).get("envelope_id").asString();
    }

    /**
     * Each nominee whom a confirmed match ties to ua's request carries a request row naming them (relatives' merged
     * reports name a few people twice; either row will do); the others carry none.
     */
    private static void assertTiedToRequests(JsonNode nominees, PersonList holding) {
        Map<String, Set<String>> truth = new HashMap<>();
        x.scenario.truth().stream().filter(p -> p.holdingList().equals(holding.header().id()))
                .forEach(p -> truth.computeIfAbsent(p.holdingRow(), r -> new HashSet<>()).add(p.requestRow()));
        int tied = 0;
        for (JsonNode n : nominees) {
            String request = n.get("request_row").asString();
            assertThat(request.isEmpty() ? Set.of() : Set.of(request)).isSubsetOf(truth.getOrDefault(n.get("row").asString(), Set.of()));
            assertThat(request.isEmpty()).isEqualTo(!truth.containsKey(n.get("row").asString()));
            tied += request.isEmpty() ? 0 : 1;
        }
        assertThat(tied).isPositive();
    }

    private static JsonNode nominate(String id, Client side, PersonList list, int priority, int reserves, String health) {
        ObjectNode body = JSON.createObjectNode().put("list", list.header().id().toString());
        ArrayNode nominees = body.putArray("nominees");
        for (int i = 0; i < priority + reserves; i++) {
            nominees.addObject().put("row", list.rows().get(i).rowId()).put("health", health).put("reserve", i >= priority);
        }
        JsonNode reply = post(side, BASE + id + "/nominations", body.toString(), 201);
        assertThat(reply).hasSize(priority + reserves).allMatch(n -> n.get("eligible").asBoolean());
        return reply;
    }

    private static ObjectNode slots(List<Integer> seats, int wagons, int perWagon) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode slots = body.putArray("slots");
        for (int i = 0; i < seats.size(); i++) {
            slots.addObject().put("date", LocalDate.of(2025, 6, 9).plusDays(i).toString()).put("crossing", "Belarus-Ukraine border")
                    .put("seats", seats.get(i)).put("stretchers", 0).put("wagons", wagons).put("bodies_per_wagon", perWagon);
        }
        return body;
    }

    /** A plan from the request, signed by both sides (each relayed) and confirmed by the mediator; its number. */
    private static int planAndConfirm(String id, ObjectNode request, PartyId firstSigner, PartyId secondSigner) {
        JsonNode plan = post(x.mediator, BASE + id + "/plans", request.toString(), 201);
        int number = plan.get("number").asInt();
        byte[] text = x.ua.client.get(BASE + id + "/plans/" + number + "/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = side(firstSigner).submit(BASE + id + "/plans/" + number + "/signatures", DocumentType.PROPOSAL,
                secondSigner, text, Optional.of(plan.get("anchor").asString()));
        side(secondSigner).submit(BASE + id + "/plans/" + number + "/signatures", DocumentType.PROPOSAL, firstSigner, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        JsonNode confirmed = post(x.mediator, BASE + id + "/plans/" + number + "/confirmation", "{}", 200);
        assertThat(confirmed.get("accepted").asBoolean()).isTrue();
        return number;
    }

    private void refusesAPlanThatBreaksParity(String id) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode tranche = body.putArray("tranches").addObject().put("number", 1);
        tranche.set("slot", slots(List.of(400), 0, 0).get("slots").get(0));
        ArrayNode members = tranche.putArray("members");
        addMembers(members, x.holding(UA, Category.POW), 390);
        addMembers(members, x.holding(RU, Category.POW), 389);
        HttpResponse<String> r = x.mediator.postJson(BASE + id + "/plans", body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("tranche 1").contains("390").contains("389");
        assertThat(get(x.mediator, BASE + id + "/plans")).isEmpty();
    }

    private static void addMembers(ArrayNode members, PersonList list, int n) {
        for (int i = 0; i < n; i++) {
            members.addObject().put("list", list.header().id().toString()).put("row", list.rows().get(i).rowId()).put("basis", "regular");
        }
    }

    private static List<Integer> sizes(String id, int plan) {
        JsonNode p = get(x.mediator, BASE + id + "/plans").get(plan - 1);
        List<Integer> out = new ArrayList<>();
        for (JsonNode t : p.get("tranches")) {
            int n = 0;
            for (String basis : List.of("regular", "exempt", "make_good")) {
                for (JsonNode count : t.get(basis)) {
                    n += count.asInt();
                }
            }
            out.add(n);
        }
        return out;
    }

    private static List<JsonNode> manifest(String id, int tranche) {
        List<JsonNode> lines = new ArrayList<>();
        get(x.mediator, BASE + id + "/tranches/" + tranche).get("lines").forEach(lines::add);
        return lines;
    }

    private static boolean from(JsonNode line, PartyId side) {
        return line.get("from").asString().equals(side.value());
    }

    private static String moves(List<JsonNode> lines, String to, String reason) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode moves = body.putArray("moves");
        lines.forEach(l -> moves.addObject().put("list", l.get("list").asString()).put("row", l.get("row").asString())
                .put("to", to).put("reason", reason));
        return body.toString();
    }

    /** {@code side} presents its manifest lines of the tranche: {@code refusing} refuse, {@code absent} are missing. */
    private static JsonNode handover(String id, int tranche, Client side, PartyId from, List<JsonNode> manifest,
                                     List<JsonNode> refusing, List<JsonNode> absent, JsonNode... extra) {
        ObjectNode body = JSON.createObjectNode().put("from", from.value());
        ArrayNode presented = body.putArray("presented");
        List<JsonNode> lines = new ArrayList<>(manifest.stream().filter(l -> from(l, from) && !absent.contains(l)).toList());
        lines.addAll(List.of(extra));
        for (JsonNode l : lines) {
            boolean body2 = !l.get("body_tag").asString().isEmpty();
            presented.addObject().put("service_number", l.get("service_number").asString()).put("body_tag", l.get("body_tag").asString())
                    .put("name", l.get("name").asString()).put("container", body2 ? "C-" + tranche : "")
                    .put("wagon", body2 ? "W-" + tranche : "")
                    .put("interview", refusing.contains(l) ? "refuses" : body2 ? "none" : "consents").put("forces", "");
        }
        return post(side, BASE + id + "/tranches/" + tranche + "/handover", body.toString(), 201);
    }

    private static List<String> kinds(JsonNode handover) {
        List<String> out = new ArrayList<>();
        handover.get("discrepancies").forEach(d -> out.add(d.get("kind").asString()));
        return out;
    }

    /** Both sides sign the tranche's act, each relayed by the mediator. */
    private static void signAct(String id, int tranche, PartyId first, PartyId second) {
        String path = BASE + id + "/tranches/" + tranche + "/act";
        JsonNode act = get(x.mediator, path);
        byte[] text = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = side(first).submit(path + "/signatures", DocumentType.HANDOVER_ACT, second, text,
                Optional.of(act.get("anchor").asString()));
        side(second).submit(path + "/signatures", DocumentType.HANDOVER_ACT, first, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        assertThat(get(x.mediator, path).get("complete").asBoolean()).isTrue();
    }

    private static Signer side(PartyId party) {
        return party.equals(UA) ? x.ua : x.ru;
    }

    private static Map<String, Integer> states(String id) {
        Map<String, Integer> out = new HashMap<>();
        get(x.mediator, BASE + id).get("progress").properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    /** How many persons {@code holder} nominated are now received by the other side. */
    private static int received(String id, PartyId holder) {
        int n = 0;
        for (JsonNode nomination : get(x.mediator, BASE + id + "/nominations")) {
            if (nomination.get("party").asString().equals(holder.value()) && nomination.get("state").asString().equals("RECEIVED")) {
                n++;
            }
        }
        return n;
    }

    /**
     * Every act is complete; both its documents carry exactly its text's SHA-256 and sit on the log (submitted and
     * relayed, each with a receipt that verifies against the log's key); every person received appears in exactly one act
     * and every person an act lists as handed over is received.
     */
    private void assertActsLogAndLifecycleAgree(String id) {
        NoteVerifier logKey = NoteVerifier.parse(x.mediator.get("/log/vkey").body());
        LogAuditor auditor = new LogAuditor(logKey);
        Map<String, Integer> inActs = new HashMap<>();
        for (int tranche : acts.get(id)) {
            JsonNode act = get(x.mediator, BASE + id + "/tranches/" + tranche + "/act");
            assertThat(act.get("complete").asBoolean()).isTrue();
            byte[] text = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
            for (JsonNode s : act.get("signatures")) {
                String envelopeId = s.get("envelope_id").asString();
                JsonNode doc = get(x.mediator, "/api/v1/documents/" + envelopeId);
                Envelope e = Envelope.parse(doc.get("envelope").asString().getBytes(StandardCharsets.US_ASCII));
                assertThat(e.content()).isEqualTo(Digest.sha256(text));
                assertThat(e.type()).isEqualTo(DocumentType.HANDOVER_ACT);
                List<String> kinds = new ArrayList<>();
                for (JsonNode step : doc.get("trail")) {
                    kinds.add(step.get("kind").asString());
                    Receipt receipt = Receipt.parse(get(x.mediator, "/api/v1/log/receipts/" + step.get("index").asLong())
                            .get("receipt").asString());
                    auditor.checkReceipt(receipt);
                }
                assertThat(kinds).containsExactly("submitted", "relayed");
            }
            for (String line : act.get("text").asString().split("\n")) {
                Matcher m = CROSSED.matcher(line);
                if (m.find()) {
                    inActs.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        Map<String, String> states = new HashMap<>();
        for (JsonNode n : get(x.mediator, BASE + id + "/nominations")) {
            states.put(n.get("list").asString() + "/" + n.get("row").asString(), n.get("state").asString());
        }
        assertThat(inActs.values()).allMatch(count -> count == 1);
        assertThat(inActs.keySet()).allMatch(person -> "RECEIVED".equals(states.get(person)));
        assertThat(states.entrySet().stream().filter(e -> e.getValue().equals("RECEIVED")).map(Map.Entry::getKey).toList())
                .allMatch(inActs::containsKey);
    }

    private static long checkpointSize() {
        String note = x.mediator.get("/log/checkpoint").body();
        return SignedCheckpoint.open(note.getBytes(StandardCharsets.UTF_8),
                NoteVerifier.parse(x.mediator.get("/log/vkey").body())).checkpoint().size();
    }
}
