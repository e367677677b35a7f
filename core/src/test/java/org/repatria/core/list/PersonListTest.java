package org.repatria.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;

class PersonListTest {
    static final PartyId UA = new PartyId("ua");

    @Test
    void rowCountMustMatchTheHeaderNamingBoth() {
        assertThatThrownBy(() -> new PersonList(Lists.header(UA, Category.POW, 2), List.of(Lists.person("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header says 2 rows, list has 1");
    }

    @Test
    void rowsKeepTheAuthorsOrder() {
        PersonList list = new PersonList(Lists.header(UA, Category.POW, 2), List.of(Lists.person("b"), Lists.person("a")));

        assertThat(list.rows()).extracting(Person::rowId).containsExactly("b", "a");
    }

    @Test
    void changingTheGivenRowsAfterwardsDoesNotChangeTheList() {
        List<Person> rows = new ArrayList<>(List.of(Lists.person("1")));
        PersonList list = new PersonList(Lists.header(UA, Category.POW, 1), rows);

        rows.add(Lists.person("2"));

        assertThat(list.rows()).hasSize(1);
    }

    @Test
    void rowsCannotBeChangedThroughTheList() {
        PersonList list = new PersonList(Lists.header(UA, Category.POW, 1), List.of(Lists.person("1")));

        assertThatThrownBy(() -> list.rows().add(Lists.person("2"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
