package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import tools.jackson.databind.JsonNode;

/** Lists of B that name (or do not name) a person sought, relayed to A through HTTP, and waiting on alerts. */
final class SoughtLists {
    static final String INQUIRY = "{\"fields\":{\"asker_name\":\"Ковальчук Ганна Іванівна\",\"asker_relation\":\"мати\","
            + "\"asker_contact\":\"+380 44 000 00 00\",\"consent\":\"yes\",\"consent_date\":\"2025-06-01\","
            + "\"names\":\"Ковальчук Олександр Петрович\",\"sex\":\"M\",\"birth_date\":\"12.04.1990\","
            + "\"birth_place\":\"Житомир\",\"unit\":\"95 ОДШБр\",\"circumstances\":\"зник під Бахмутом, травень 2023\"}}";

    private SoughtLists() {
    }

    /** A prisoner's row of B. */
    static Person row(String id, String surname, String given, String patronymic, String born, String place) {
        return new Person(id, new PersonName(surname, given, patronymic), new PersonName("", "", ""), Sex.MALE,
                PartialDate.parseIso(born), place, "", "", "", Category.POW);
    }

    /** Stores B's holding list of these rows, signs it with B's server-held key and has the mediator relay it to A. */
    static String relayedToA(RunningServer running, String title, List<Person> rows) {
        ListId id = new ListId(UUID.randomUUID());
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.B, ListPurpose.HOLDING, Category.POW,
                title, Instant.now(), rows.size()), rows));
        Documents.signWithServerHeldKey(running, Fixture.Who.B_DESK, Fixture.B, id.toString());
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ua\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id.toString();
    }

    /** The inquiry as {@code client} reads it once it has at least {@code alerts} alerts (20 seconds at most). */
    static JsonNode withAlerts(Client client, String id, int alerts) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode q = client.getJson("/api/v1/inquiries/" + id);
            if (q.get("alerts").size() >= alerts || Instant.now().isAfter(until)) {
                return q;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
