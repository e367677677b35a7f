package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.person.Person;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * An inquiry recorded before the other side's list arrives raises an alert, with its reasons, when the mediator relays
 * the list that names the person (in Russian, the date written the other way), end to end through HTTP; an unrelated
 * list relayed first raises none.
 */
class InquiryAlertsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String inquiry;
    private static String naming;
    private static String unrelated;
    private static JsonNode read;

    @BeforeAll
    static void anInquiryThenTwoListsOfBRelayedToA() {
        inquiry = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        List<Person> others = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            others.add(SoughtLists.row("u" + i, i % 2 == 0 ? "Смирнов" : "Кузнецов", i % 3 == 0 ? "Иван" : "Олег",
                    "Сергеевич", (1970 + i) + "-0" + (1 + i % 9) + "-1" + (i % 9), "Курск"));
        }
        unrelated = SoughtLists.relayedToA(running, "Военнопленные, без совпадений", others);
        List<Person> rows = new ArrayList<>(others.subList(0, 20));
        rows.add(SoughtLists.row("k1", "Ковальчук", "Александр", "Петрович", "1990-04-12", "г. Житомир"));
        naming = SoughtLists.relayedToA(running, "Военнопленные, июль", rows);
        read = SoughtLists.withAlerts(running.api(A_DESK), inquiry, 1);
    }

    @Test
    void theListThatNamesThePersonRaisesAnAlertOnTheHoldersDesk() {
        assertThat(read.get("alerts")).singleElement().satisfies(a -> {
            assertThat(a.get("list_id").asString()).isEqualTo(naming);
            assertThat(a.get("row_id").asString()).isEqualTo("k1");
            assertThat(a.get("state").asString()).isEqualTo("new");
            assertThat(a.get("score").asDouble()).isGreaterThanOrEqualTo(0.5);
        });
    }

    @Test
    void anUnrelatedListRaisesNoAlert() {
        assertThat(read.get("alerts")).noneSatisfy(a -> assertThat(a.get("list_id").asString()).isEqualTo(unrelated));
    }

    @Test
    void theAlertSaysWhyPerParticularWithBothValues() {
        JsonNode reasons = read.get("alerts").get(0).get("reasons");
        JsonNode given = null;
        JsonNode born = null;
        for (JsonNode r : reasons) {
            given = r.get("particular").asString().equals("given_name") ? r : given;
            born = r.get("particular").asString().equals("birth_date") ? r : born;
        }
        assertThat(given.get("verdict").asString()).isEqualTo("agree");
        assertThat(given.get("sought_value").asString()).isEqualTo("Олександр");
        assertThat(given.get("row_value").asString()).isEqualTo("Александр");
        assertThat(born.get("verdict").asString()).isEqualTo("agree");
    }

    @Test
    void theDesksListCountsTheNewAlert() {
        JsonNode lines = running.api(A_DESK).getJson("/api/v1/inquiries");

        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("id").asString()).isEqualTo(inquiry);
            assertThat(l.get("new_alerts").asInt()).isEqualTo(1);
        });
    }
}
