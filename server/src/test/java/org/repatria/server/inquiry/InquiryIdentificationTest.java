package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.identification.CaseFixture;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.StoredMatch;
import tools.jackson.databind.JsonNode;

/** When the holder's identification unit confirms remains as a row naming the person sought, that raises an alert. */
class InquiryIdentificationTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String list;
    private static JsonNode read;

    @BeforeAll
    static void aRequestRowIdentifiedAfterTheInquiry() {
        ListId id = new ListId(UUID.randomUUID());
        List<Person> rows = List.of(SoughtLists.row("m1", "Ковальчук", "Олександр", "Петрович", "1990-04-12", "Житомир"),
                SoughtLists.row("m2", "Шевченко", "Іван", "Іванович", "1985-01-02", "Київ"));
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.A, ListPurpose.REQUEST, Category.REMAINS,
                "Зниклі безвісти", Instant.now(), rows.size()), rows));
        list = id.toString();
        String inquiry = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        SoughtLists.withAlerts(running.api(A_DESK), inquiry, 1);
        String dnaCase = CaseFixture.searched(running.api(A_IDENTIFICATION), "example2", 0.0);

        running.world().store.cases().decisions().add(new Decision(UUID.randomUUID().toString(), dnaCase, Fixture.A,
                new StoredMatch("V1", "F1", "M1", 6.2, 0), true, "a-identification", Instant.now(), Optional.of(id),
                Optional.of("m1")));
        read = SoughtLists.withAlerts(running.api(A_DESK), inquiry, 2);
    }

    @Test
    void theConfirmedIdentificationOfTheRowRaisesAnAlertOfItsOwn() {
        assertThat(read.get("alerts")).anySatisfy(a -> {
            assertThat(a.get("source").asString()).isEqualTo("identification");
            assertThat(a.get("list_id").asString()).isEqualTo(list);
            assertThat(a.get("row_id").asString()).isEqualTo("m1");
        });
    }
}
