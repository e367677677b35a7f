package org.repatria.server.exchange;

import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.DocumentType;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture at the scale of 2025: ua's list of {@code persons} remains (row ids are the body tags), an accepted
 * one-way agreement handing them to ru, every row nominated, and a plan of rail tranches of {@code perTranche} bodies
 * (12 wagons) both sides signed and the mediator put in force.
 */
record RailRemains(String id, ListId list, Signer ua, Signer ru, Client mediator, AtomicInteger entries) {
    static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко"};

    String path() {
        return "/api/v1/agreements/" + id;
    }

    static RailRemains planned(RunningServer running, String id, int persons, int tranches, int perTranche) {
        ListId list = remainsList(running, id, persons);
        Client mediator = running.api(MEDIATOR_DESK);
        AtomicInteger entries = new AtomicInteger();
        Signer ua = new Signer(Fixture.A, running.api(A_DESK), mediator, entries);
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), mediator, entries);
        RailRemains r = new RailRemains(id, list, ua, ru, mediator, entries);
        byte[] text = AgreementText.render(new Agreement(new AgreementId(id), AgreementKind.REMAINS, Fixture.A, Fixture.B,
                Fixture.MEDIATOR, new Terms.OneWay(Fixture.A, OptionalInt.of(persons), Eligibility.anyoneOf(Category.REMAINS)),
                new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30))));
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B, text, Optional.empty());
        ru.submit(r.path() + "/acceptance", DocumentType.ANSWER, Fixture.A, text,
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString()));
        ObjectNode nominate = JSON.createObjectNode().put("list", list.toString());
        ArrayNode nominees = nominate.putArray("nominees");
        for (int i = 1; i <= persons; i++) {
            nominees.addObject().put("row", String.valueOf(i)).put("health", "not-applicable").put("reserve", false);
        }
        post(ua.client, r.path() + "/nominations", nominate.toString(), 201);
        ObjectNode plan = JSON.createObjectNode();
        ArrayNode slots = plan.putArray("slots");
        for (int t = 0; t < tranches; t++) {
            slots.addObject().put("date", LocalDate.of(2025, 6, 9).plusDays(3L * t).toString()).put("crossing", "rail terminal")
                    .put("seats", 0).put("stretchers", 0).put("wagons", 12).put("bodies_per_wagon", perTranche / 12);
        }
        JsonNode proposed = post(mediator, r.path() + "/plans", plan.toString(), 201);
        byte[] planText = ua.client.get(r.path() + "/plans/1/text").body().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = ua.submit(r.path() + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.B, planText,
                Optional.of(proposed.get("anchor").asString()));
        ru.submit(r.path() + "/plans/1/signatures", DocumentType.PROPOSAL, Fixture.A, planText,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        post(mediator, r.path() + "/plans/1/confirmation", "{}", 200);
        return r;
    }

    /** The rows (body tags) of tranche {@code number}'s manifest, in order. */
    List<String> manifest(int number) {
        List<String> rows = new ArrayList<>();
        Signer.get(mediator, path() + "/tranches/" + number).get("lines").forEach(l -> rows.add(l.get("row").asString()));
        return rows;
    }

    private static ListId remainsList(RunningServer running, String id, int persons) {
        ListId list = new ListId(UUID.nameUUIDFromBytes(("remains of " + id).getBytes(StandardCharsets.UTF_8)));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            people.add(new Person(String.valueOf(i + 1), new PersonName(SURNAMES[i % SURNAMES.length], "Невідомий", ""),
                    new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso(String.valueOf(1970 + i % 35)), "",
                    "MI-" + (200000 + i), "soldier", "unit " + (i % 9), Category.REMAINS));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(list, Fixture.A, ListPurpose.HOLDING,
                Category.REMAINS, "Тіла загиблих, " + id, Fixture.T0.plusSeconds(300), persons), people));
        running.world().store.lists().relay(list, Fixture.B, Fixture.T0.plusSeconds(301));
        return list;
    }
}
