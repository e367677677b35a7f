package org.repatria.server.reunification;

import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.core.account.Permission;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.Signer;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture: a children's return on the {@link Fixture} world. ua's request list of children (relayed to ru) and
 * ru's list of the children it holds (five rows); agreement {@code id}, ru returns four children to ua, rows 1-4 of its
 * list nominated, one tranche planned, signed and confirmed; ru hands over rows 1 to 3 (row 4 is absent) and both sides
 * sign the act. The mediator has a note key of its own.
 */
public final class ChildReturn {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] NAMES = {"Коваленко Марія", "Шевченко Іван", "Бондаренко Софія", "Мельник Артем", "Ткаченко Дарина"};
    /** The agreement's API address. */
    public final String base;
    /** ua's request list of children. */
    public final ListId request;
    /** ru's list of the children it holds. */
    public final ListId held;
    final Client mediator;
    final Client ua;
    final Client ru;
    private final NoteSigner mediatorKey;

    private ChildReturn(RunningServer running, String id, ListId request, ListId held) {
        this.base = "/api/v1/agreements/" + id;
        this.request = request;
        this.held = held;
        this.mediator = running.api(MEDIATOR_DESK);
        this.ua = running.api(A_DESK);
        this.ru = running.api(B_DESK);
        this.mediatorKey = NoteSigner.generate("tr-desk", KeyType.ED25519, new SecureRandom());
        post(mediator, "/api/v1/parties/tr/keys", JSON.createObjectNode().put("vkey", mediatorKey.verifier().encoded())
                .toString(), 201);
    }

    /** Runs the return of agreement {@code id} on {@code running}'s server up to both signatures on the act. */
    public static ChildReturn actSigned(RunningServer running, String id) {
        ListId request = addList(running, Fixture.A, ListPurpose.REQUEST, "Депортовані діти " + id);
        running.world().store.lists().relay(request, Fixture.B, Fixture.T0.plusSeconds(600));
        ListId held = addList(running, Fixture.B, ListPurpose.HOLDING, "Дети, находящиеся " + id);
        return actSigned(running, id, request, held, List.of("1", "2", "3", "4"), "4", Clock.systemUTC());
    }

    /**
     * Runs the return of agreement {@code id} of ua's request list {@code request}: ru nominates rows {@code rows} of its
     * list {@code held}, one tranche for all of them, and hands over every one but row {@code absent} (none when it is
     * no row of {@code rows}); both sides sign the act at {@code clock}'s time. ua's desk is given the children permission.
     */
    public static ChildReturn actSigned(RunningServer running, String id, ListId request, ListId held, List<String> rows,
                                        String absent, Clock clock) {
        // ua's desk works children's cases; the mediator reads them as they pass through it.
        running.world().store.permissions().grant(Fixture.Who.A_DESK.username(), Permission.CHILDREN);
        ChildReturn r = new ChildReturn(running, id, request, held);
        AtomicInteger entries = new AtomicInteger();
        Signer ua = new Signer(Fixture.A, r.ua, r.mediator, entries).at(clock);
        Signer ru = new Signer(Fixture.B, r.ru, r.mediator, entries).at(clock);
        byte[] text = AgreementText.render(new Agreement(new AgreementId(id), AgreementKind.CHILDREN, Fixture.A, Fixture.B,
                Fixture.MEDIATOR, new Terms.OneWay(Fixture.B, OptionalInt.of(rows.size()), Eligibility.anyoneOf(Category.CHILD)),
                new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30))));
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text, Optional.empty());
        ru.submit(r.base + "/acceptance", DocumentType.ANSWER, Fixture.A, text,
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        ObjectNode nominations = JSON.createObjectNode().put("list", held.toString());
        var nominees = nominations.putArray("nominees");
        rows.forEach(row -> nominees.addObject().put("row", row).put("health", "fit").put("reserve", false));
        post(r.ru, r.base + "/nominations", nominations.toString(), 201);
        JsonNode plan = post(r.mediator, r.base + "/plans", "{\"slots\":[{\"date\":\"2025-06-09\",\"crossing\":\"border\","
                + "\"seats\":" + rows.size() + ",\"stretchers\":0,\"wagons\":0,\"bodies_per_wagon\":0}]}", 201);
        byte[] planText = r.ru.get(r.base + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = ru.submit(r.base + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, planText,
                Optional.of(plan.get("anchor").asString()));
        ua.submit(r.base + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B, planText,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        post(r.mediator, r.base + "/plans/1/confirmation", "{}", 200);
        ObjectNode handover = JSON.createObjectNode().put("from", "ru");
        var presented = handover.putArray("presented");
        for (JsonNode line : get(r.mediator, r.base + "/tranches/1").get("lines")) {
            if (!line.get("row").asString().equals(absent)) {
                presented.addObject().put("service_number", line.get("service_number").asString())
                        .put("name", line.get("name").asString()).put("interview", "consents");
            }
        }
        post(r.ru, r.base + "/tranches/1/handover", handover.toString(), 201);
        JsonNode act = get(r.mediator, r.base + "/tranches/1/act");
        byte[] actText = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode first = ru.submit(r.base + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.A, actText,
                Optional.of(act.get("anchor").asString()));
        ua.submit(r.base + "/tranches/1/act/signatures", DocumentType.HANDOVER_ACT, Fixture.B, actText,
                Optional.of(first.get("signatures").get(0).get("envelope_id").asString()));
        return r;
    }

    /** A guardian check's body for row {@code row} of ru's list. */
    public String guardianCheck(String row) {
        ObjectNode body = JSON.createObjectNode().put("list", held.toString()).put("row", row);
        body.putObject("guardian").put("name", "Коваленко Олена Петрівна").put("document_type", "passport")
                .put("document_number", "FA 123456").put("relation", "mother").put("standing", "parent")
                .put("standing_document", "birth certificate I-ЖТ 123456");
        body.putObject("escort").put("name", "Anna Meier").put("role", "icrc-delegate").put("document", "ICRC card 4411");
        return body.toString();
    }

    /** A reunification's body: row {@code row} of ru's list answering row {@code requestRow} of {@code requestList}. */
    public String reunification(String row, String requestList, String requestRow) {
        return JSON.createObjectNode().put("list", held.toString()).put("row", row).put("request_list", requestList)
                .put("request_row", requestRow).toString();
    }

    /** The mediator signs {@code text} with its own key as a reunification to both sides answering {@code act}; the body. */
    String signed(String requestBody, byte[] text, String act) {
        Envelope e = Envelope.of(DocumentType.REUNIFICATION, Fixture.MEDIATOR, List.of(Fixture.A, Fixture.B), text,
                Instant.now(), Optional.of(Digest.parseHex(act)));
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, Fixture.MEDIATOR, KeyCustody.OWN, e.time(), e);
        ObjectNode body = (ObjectNode) JSON.readTree(requestBody);
        return body.put("entry", new String(LogEntry.sign(s, mediatorKey).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(text)).toString();
    }

    /** The log's size now, from its checkpoint. */
    long logSize() {
        return Long.parseLong(mediator.get("/log/checkpoint").body().split("\n")[1]);
    }

    static JsonNode post(Client client, String path, String body, int status) {
        return client.postJson(path, body, status);
    }

    static JsonNode get(Client client, String path) {
        return client.getJson(path);
    }

    private static ListId addList(RunningServer running, org.repatria.core.party.PartyId author, ListPurpose purpose,
                                  String title) {
        ListId id = new ListId(UUID.nameUUIDFromBytes((author + title).getBytes(StandardCharsets.UTF_8)));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String[] name = NAMES[i].split(" ");
            people.add(new Person(String.valueOf(i + 1), new PersonName(name[0], name[1], ""), new PersonName("", "", ""),
                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE, PartialDate.parseIso(String.valueOf(2012 + i)), "Маріуполь",
                    "BC-" + (500000 + i), "", "", Category.CHILD));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(id, author, purpose, Category.CHILD, title,
                Fixture.T0.plusSeconds(300), people.size()), people));
        return id;
    }
}
