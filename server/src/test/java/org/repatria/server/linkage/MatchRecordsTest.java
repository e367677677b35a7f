package org.repatria.server.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.match.PersonRecord;

/** How a stored row reaches the matcher. */
class MatchRecordsTest {
    private static final PersonName NAME = new PersonName("Ковальчук", "Олександр", "Миколайович");

    @Test
    void theFamilysAddressIsComparedAndTheAddressToNotifyStandsInForIt() {
        Person child = person(NAME, PartialDate.parseIso("2014-05-02"), Map.of(DetailField.FAMILY_ADDRESS,
                new DetailValue.Text("Херсон, вул. Соборна 5"), DetailField.NOTIFY_ADDRESS, new DetailValue.Text("Київ")));
        Person soldier = person(NAME, PartialDate.parseIso("1998"), Map.of(DetailField.NOTIFY_ADDRESS,
                new DetailValue.Text("Київ, вул. Хрещатик 1")));

        assertThat(MatchRecords.of(child).address()).isEqualTo("Херсон, вул. Соборна 5");
        assertThat(MatchRecords.of(soldier).address()).isEqualTo("Київ, вул. Хрещатик 1");
    }

    @Test
    void aRowWithOnlyALatinNameIsMatchedByIt() {
        Person p = new Person("7", new PersonName("", "", ""), new PersonName("Kovalchuk", "Oleksandr", ""), Sex.MALE,
                PartialDate.parseIso("1998-03-12"), "", "", "", "", Category.POW);

        PersonRecord r = MatchRecords.of(p);

        assertThat(r.surname()).isEqualTo("Kovalchuk");
        assertThat(r.givenName()).isEqualTo("Oleksandr");
    }

    @Test
    void aMonthPreciseBirthDateIsGivenAsItsYear() {
        assertThat(MatchRecords.of(person(NAME, PartialDate.parseIso("1998-03"), Map.of())).birthDate()).isEqualTo("1998");
    }

    private static Person person(PersonName name, PartialDate born, Map<DetailField, DetailValue> details) {
        return new Person("1", name, new PersonName("", "", ""), Sex.MALE, born, "", "", "", "", Category.CHILD,
                new Details(details));
    }
}
