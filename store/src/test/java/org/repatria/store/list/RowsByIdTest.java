package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** The rows an exchange step needs, read by row id from one list, and nothing else of it. */
class RowsByIdTest extends OnEveryEngine {
    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void theRowsNamedAreReadAsStoredAndNoOthers() {
        PersonList list = People.list(People.UA, People.T0, People.pow("1", "Бондар", "Іван", "1990-01-02", "F1", "30 ОМБр"),
                People.pow("2", "Коваль", "Петро", "", "", ""), People.pow("3", "Мельник", "Олег", "", "", ""));
        store().lists().add(list);

        assertThat(store().lists().personsByRowId(list.header().id(), List.of("3", "1")))
                .containsOnlyKeys("1", "3").containsEntry("1", list.rows().get(0)).containsEntry("3", list.rows().get(2));
    }

    @Test
    void rowIdsTheListDoesNotHoldAreAbsent() {
        PersonList list = People.list(People.UA, People.T0, People.pow("1", "Бондар", "Іван", "", "", ""));
        store().lists().add(list);

        assertThat(store().lists().personsByRowId(list.header().id(), List.of("1", "404"))).containsOnlyKeys("1");
        assertThat(store().lists().personsByRowId(new ListId(UUID.randomUUID()), List.of("1"))).isEmpty();
    }

    @Test
    void moreIdsThanOneQueryBindsAreReadInPieces() {
        List<Person> rows = new ArrayList<>();
        IntStream.range(0, 1_234).forEach(i -> rows.add(People.pow("r" + i, "Прізвище" + i, "Ім'я", "", "", "")));
        PersonList list = People.list(People.UA, Instant.parse("2025-06-02T09:00:00Z"), rows);
        store().lists().add(list);

        assertThat(store().lists().personsByRowId(list.header().id(), rows.stream().map(Person::rowId).toList()))
                .hasSize(1_234).containsEntry("r1233", rows.get(1_233));
    }
}
