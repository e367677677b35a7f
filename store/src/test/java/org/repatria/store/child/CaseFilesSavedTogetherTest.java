package org.repatria.store.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** Many cases' particulars and photographs saved in one transaction read back as if saved one by one. */
class CaseFilesSavedTogetherTest extends OnEveryEngine {
    private static final Instant AT = Instant.parse("2025-06-03T09:00:00Z");

    private ListId children() {
        People.addParties(store());
        List<Person> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(People.pow(String.valueOf(i), "Дитина" + i, "Ім'я", "2015", "", ""));
        }
        ListId id = new ListId(UUID.nameUUIDFromBytes("children".getBytes(StandardCharsets.UTF_8)));
        store().lists().add(new PersonList(new ListHeader(id, People.UA, ListPurpose.REQUEST, Category.CHILD, "children",
                People.T0, rows.size()), rows));
        return id;
    }

    @Test
    void savedTogetherCasesAndPhotographsReadBackOneByOne() {
        ListId list = children();
        Map<String, CaseParticulars> particulars = new LinkedHashMap<>();
        particulars.put("1", new CaseParticulars(Map.of(CaseField.LAST_ADDRESS, "вул. Миру, буд. 1", CaseField.REMOVAL_DATE, "2022-09")));
        particulars.put("2", new CaseParticulars(Map.of(CaseField.GUARDIANS, "мати: Коваль Олена")));
        byte[] png = {1, 2, 3};
        StoredPhoto photo = new StoredPhoto("p-1", list, "2", "image/png", "фото", png.length, "00", "ua.children", AT);

        store().childCases().saveAll(list, particulars, Map.of(photo, png), "ua.children", AT);

        assertThat(store().childCases().rowsWithParticulars(list)).containsExactly("1", "2");
        assertThat(store().childCases().particulars(list, "1")).isEqualTo(particulars.get("1"));
        assertThat(store().childCases().photos(list, "2")).extracting(StoredPhoto::id).containsExactly("p-1");
        assertThat(store().childCases().photoContent("p-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
    }
}
