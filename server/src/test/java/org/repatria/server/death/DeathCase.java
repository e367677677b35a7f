package org.repatria.server.death;

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
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.identification.CaseFixture;

/**
 * A DNA case of party A's unit (dvir's example2) with remains V3 confirmed as F2/M3, tied to a row M3 of A's request
 * list (Бондар Іван Петрович, born 1990, military id MI-M3), and A's server-held key enabled: ready for a death record.
 */
final class DeathCase {
    static final String RECORDS = "/api/v1/death-records";
    final RunningServer running;
    final Client unit;
    final String caseId;

    private DeathCase(RunningServer running, Client unit, String caseId) {
        this.running = running;
        this.unit = unit;
        this.caseId = caseId;
    }

    static DeathCase confirmed(RunningServer running) {
        return confirmed(running, true);
    }

    /** As {@link #confirmed(RunningServer)}; without {@code linkRow} the confirmation names no request row. */
    static DeathCase confirmed(RunningServer running, boolean linkRow) {
        Client unit = running.api(Who.A_IDENTIFICATION);
        running.api(Who.MEDIATOR_DESK).post("/api/v1/parties/" + Fixture.A + "/server-held-key", "", "application/json");
        String id = CaseFixture.searched(unit, "example2", 0.0);
        ListId list = new ListId(UUID.randomUUID());
        running.world().store.lists().add(new PersonList(new ListHeader(list, Fixture.A, ListPurpose.REQUEST,
                Category.REMAINS, "Зниклі безвісти " + id, Instant.parse("2025-06-02T10:00:00Z"), 1), List.of(new Person("M3",
                new PersonName("Бондар", "Іван", "Петрович"), new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso("1990"),
                "", "MI-M3", "soldier", "unit 1", Category.REMAINS))));
        unit.postJson("/api/v1/identification/cases/" + id + "/decisions", "{\"remains\":\"V3\",\"family\":\"F2\","
                + "\"missing\":\"M3\",\"decision\":\"confirmed\"" + (linkRow ? ",\"list_id\":\"" + list
                + "\",\"row_id\":\"M3\"" : "") + "}", 201);
        return new DeathCase(running, unit, id);
    }

    /** The particulars of a record of V3 to side B, with {@code surname}, birth 1990 and death {@code deathDate}. */
    String record(String surname, String deathDate, String corrects) {
        return "{\"case_id\":\"" + caseId + "\",\"remains\":\"V3\",\"side\":\"" + Fixture.B + "\",\"surname\":\"" + surname
                + "\",\"given_names\":\"Іван\",\"patronymic\":\"Петрович\",\"birth_date\":\"1990\",\"service_number\":\"MI-M3\","
                + "\"unit\":\"unit 1\",\"rank\":\"soldier\",\"death_date\":\"" + deathDate + "\",\"death_place\":\"Kupiansk\","
                + "\"death_known_by\":\"the unit's report\",\"death_cause\":\"\",\"remains_state\":\"held\","
                + "\"remains_place\":\"bag V3, morgue 2\",\"corrects\":\"" + corrects + "\"}";
    }

    long logSize() {
        return Long.parseLong(running.api(Who.MEDIATOR_DESK).get("/log/checkpoint").body().split("\n")[1]);
    }
}
