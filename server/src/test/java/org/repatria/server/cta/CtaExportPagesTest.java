package org.repatria.server.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/** A holding list longer than one page of the export comes out whole, every row once, in the list's order. */
class CtaExportPagesTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(2);

    @Test
    void aListLongerThanAPageIsExportedWholeInItsOrder() {
        int rows = CtaExport.PAGE * 2 + 3;
        ListId id = new ListId(UUID.nameUUIDFromBytes("long".getBytes(StandardCharsets.UTF_8)));
        PartyId ru = Fixture.B;
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            persons.add(new Person("r" + i, new PersonName("Петров" + i, "Иван", ""), new PersonName("", "", ""), Sex.MALE,
                    PartialDate.unknown(), "", "", "", "", Category.POW));
        }
        running.world().store.lists().add(new PersonList(new ListHeader(id, ru, ListPurpose.HOLDING, Category.POW, "long",
                Instant.parse("2025-06-03T09:00:00Z"), rows), persons));
        List<Map<String, String>> exported = CtaCsv.rows(running.api(B_DESK).get(CtaApi.EXPORT + "?list=" + id).body());
        assertThat(exported).extracting(r -> r.get("row_id"))
                .containsExactlyElementsOf(IntStream.range(0, rows).mapToObj(i -> "r" + i).toList());
    }
}
