package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;

class DetailsAndMappingsTest extends OnEveryEngine {

    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void aPersonsDetailFieldsReadBackAtTheirPrecisionWithLineBreaksAndBackslashesIntact() {
        Details details = new Details(Map.of(
                DetailField.DEATH_DATE, new DetailValue.Date(PartialDate.parseIso("2024-05")),
                DetailField.CAPTURE_DATE, new DetailValue.Date(PartialDate.parseIso("2023-11-02")),
                DetailField.BURIAL_PLACE, new DetailValue.Text("с. Іванівка,\nділянка 3 \\ ряд 2"),
                DetailField.MOTHER_NAME, new DetailValue.Text("Олена=Петрівна")));
        Person body = new Person("T-1", new PersonName("Ковальчук", "Юрій", ""), new PersonName("Kovalchuk", "Yurii", ""),
                Sex.MALE, PartialDate.parseIso("1990"), "", "", "", "", Category.REMAINS, details);
        Person none = People.pow("T-2", "Бондар", "Ігор", "", "", "");
        PersonList list = People.list(People.UA, People.T0, body, none);

        store().lists().add(list);

        assertThat(store().lists().rows(list.header().id(), RowQuery.first(10)).rows())
                .extracting(Person::details).containsExactly(details, Details.none());
    }

    @Test
    void aPartysColumnMappingIsSavedReplacedWholeAndKeptToItself() {
        store().columnMappings().save(People.UA, Map.of("особовий №", "id", "статус", "health"));
        store().columnMappings().save(People.UA, Map.of("особовий №", "military_id"));

        assertThat(store().columnMappings().of(People.UA)).containsExactly(Map.entry("особовий №", "military_id"));
        assertThat(store().columnMappings().of(People.RU)).isEmpty();
    }

    @Test
    void aMappingForAnUnknownPartyIsRefused() {
        assertThatThrownBy(() -> store().columnMappings().save(new PartyId("xx"), Map.of("a", "id")))
                .isInstanceOf(StoreException.class).hasMessageContaining("xx");
    }
}
