package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/** An answer of the other side that says it holds the person sought, once relayed, raises an alert of its own. */
class InquiryAnswersTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String request;
    private static JsonNode read;

    @BeforeAll
    static void aRequestOfAAnsweredByBHeldUnderTheRussianName() {
        ListId id = new ListId(UUID.randomUUID());
        List<Person> rows = List.of(
                SoughtLists.row("r1", "Ковальчук", "Олександр", "Петрович", "1990", ""),
                SoughtLists.row("r2", "Шевченко", "Іван", "Іванович", "1985-01-02", "Київ"));
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.A, ListPurpose.REQUEST, Category.POW,
                "Запит про полонених", Instant.now(), rows.size()), rows));
        request = id.toString();
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, request);
        HttpResponse<String> relay = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + request + "/relay", "{\"to\":\"ru\"}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(200);
        String inquiry = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        SoughtLists.withAlerts(running.api(A_DESK), inquiry, 1);

        Documents.enableServerHeldKey(running, Fixture.B);
        byte[] csv = ("row_id,status,date,place,surname,given_name,patronymic,note\n"
                + "r1,held,2025-07-01,Таганрог,Ковальчук,Александр,Петрович,\nr2,not-found,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answered = running.api(B_DESK).postJson("/api/v1/requests/" + request
                + "/answers/server-held-signature", "{\"content\":\"" + Base64.getEncoder().encodeToString(csv) + "\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        String doc = Client.json(answered).get("envelope_id").asString();
        HttpResponse<String> relayed = running.api(MEDIATOR_DESK).post("/api/v1/documents/" + doc + "/relay", "", "application/json");
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(201);
        read = SoughtLists.withAlerts(running.api(A_DESK), inquiry, 2);
    }

    @Test
    void theRelayedAnswerRaisesAnAlertOnTheAnsweredRowUnderTheNameHeld() {
        assertThat(read.get("alerts")).anySatisfy(a -> {
            assertThat(a.get("source").asString()).isEqualTo("answer");
            assertThat(a.get("list_id").asString()).isEqualTo(request);
            assertThat(a.get("row_id").asString()).isEqualTo("r1");
            assertThat(a.get("name").asString()).contains("Александр");
        });
    }

    @Test
    void theRowAnsweredNotFoundRaisesNone() {
        assertThat(read.get("alerts")).noneSatisfy(a -> assertThat(a.get("row_id").asString()).isEqualTo("r2"));
    }
}
