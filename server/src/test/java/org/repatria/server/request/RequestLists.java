package org.repatria.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
import org.repatria.server.document.Documents;

/** Request lists for the requests' tests: A's list of {@code rows} persons (ids 1..n), signed and relayed to B. */
final class RequestLists {
    private RequestLists() {
    }

    /** A request list of A, stored and signed, not relayed; its id. */
    static String signed(RunningServer running, Category category, int rows) {
        ListId id = new ListId(UUID.randomUUID());
        List<Person> persons = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            persons.add(new Person(String.valueOf(i), new PersonName("Коваленко", "Іван" + i, "Петрович"),
                    new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso("2010"), "Маріуполь " + id.toString().substring(0, 8), "", "", "",
                    category));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.A, ListPurpose.REQUEST, category,
                "request " + id, Instant.now().minusSeconds(3600), rows), persons));
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, id.toString());
        return id.toString();
    }

    /** A request list of A, signed and relayed to B by the mediator; its id. */
    static String relayed(RunningServer running, Category category, int rows) {
        String id = signed(running, category, rows);
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    /** The envelope id of the list's signed document. */
    static String envelope(RunningServer running, String listId) {
        return Client.json(running.api(A_DESK).get("/api/v1/lists/" + listId + "/document")).get("envelope_id").asString();
    }

    /** B answers {@code listId} with the key the server holds for it (the mediator enables one first); the reply. */
    static HttpResponse<String> answeredWithServerHeldKey(RunningServer running, String listId, String... rowStatus) {
        running.api(MEDIATOR_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");
        return running.api(B_DESK).postJson("/api/v1/requests/" + listId + "/answers/server-held-signature",
                "{\"content\":\"" + Base64.getEncoder().encodeToString(answers(rowStatus)) + "\"}");
    }

    /** Canonical answers bytes of "row,status" pairs (no date, place, name or note). */
    static byte[] answers(String... rowStatus) {
        StringBuilder s = new StringBuilder("row_id,status,date,place,surname,given_name,patronymic,note\n");
        for (String rs : rowStatus) {
            s.append(rs).append(",,,,,,\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
