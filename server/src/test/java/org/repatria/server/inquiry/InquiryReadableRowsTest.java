package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.time.Instant;
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
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/**
 * Only rows the holder may read raise an alert for it: a list of the other side not relayed to the holder, and a
 * children's list read by a desk without the children permission, raise none, though they name the person sought.
 */
class InquiryReadableRowsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String unrelayed;
    private static String children;
    private static String relayed;
    private static JsonNode read;
    private static String inquiry;

    @BeforeAll
    static void threeListsOfBNameThePersonOnlyOneOfThemReadableByAsDesk() {
        inquiry = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        Person named = SoughtLists.row("k1", "Ковальчук", "Александр", "Петрович", "1990-04-12", "Житомир");
        unrelayed = add("Военнопленные, не переданы", Category.POW, List.of(named));
        children = add("Дети", Category.CHILD, List.of(new Person("k1", new PersonName("Ковальчук", "Александр", "Петрович"),
                new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso("1990-04-12"), "Житомир", "", "", "",
                Category.CHILD)));
        relay(children);
        relayed = add("Военнопленные, переданы", Category.POW, List.of(named));
        relay(relayed);
        read = SoughtLists.withAlerts(running.api(A_DESK), inquiry, 1);
    }

    private static String add(String title, Category category, List<Person> rows) {
        ListId id = new ListId(UUID.randomUUID());
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.B, ListPurpose.HOLDING, category,
                title, Instant.now(), rows.size()), rows));
        return id.toString();
    }

    private static void relay(String id) {
        Documents.signWithServerHeldKey(running, Fixture.Who.B_DESK, Fixture.B, id);
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ua\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void theListRelayedToTheHolderRaisesTheAlert() {
        assertThat(read.get("alerts")).anySatisfy(a -> assertThat(a.get("list_id").asString()).isEqualTo(relayed));
    }

    @Test
    void aListNotRelayedToTheHolderRaisesNone() {
        assertThat(read.get("alerts")).noneSatisfy(a -> assertThat(a.get("list_id").asString()).isEqualTo(unrelayed));
    }

    @Test
    void aChildrensListRaisesNoneForADeskWithoutTheChildrenPermission() {
        assertThat(read.get("alerts")).noneSatisfy(a -> assertThat(a.get("list_id").asString()).isEqualTo(children));
    }

    @Test
    void theHoldingDeskConfirmsAnAlertAndItSaysWhoAndWhen() {
        String alert = read.get("alerts").get(0).get("id").asString();

        JsonNode confirmed = running.api(A_DESK).postJson("/api/v1/inquiries/" + inquiry + "/alerts/" + alert,
                "{\"state\":\"confirmed\"}", 200);

        assertThat(confirmed.get("state").asString()).isEqualTo("confirmed");
        assertThat(confirmed.get("decided_by").asString()).isEqualTo("a-desk");
        assertThat(confirmed.get("decided").asString()).isNotEmpty();
    }

    @Test
    void theOtherSideCannotTouchTheAlert() {
        String alert = read.get("alerts").get(0).get("id").asString();

        HttpResponse<String> r = running.api(Fixture.Who.B_DESK).postJson("/api/v1/inquiries/" + inquiry + "/alerts/" + alert,
                "{\"state\":\"dismissed\"}");

        assertThat(r.statusCode()).isEqualTo(404);
    }
}
