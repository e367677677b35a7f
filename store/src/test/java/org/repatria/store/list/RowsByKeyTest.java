package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** The rows a DNA confirmation may name: found by row id or military id, in one party's lists of one purpose. */
class RowsByKeyTest extends OnEveryEngine {
    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void aRowIsFoundByItsIdOrItsMilitaryIdInTheAuthorsListsOfThatPurpose() {
        ListId request = add(People.UA, ListPurpose.REQUEST, "Зниклі безвісти", People.T0,
                People.pow("M2", "Бондар", "Іван", "", "", ""), People.pow("7", "Коваль", "Петро", "", "F1", ""),
                People.pow("8", "Мельник", "Олег", "", "", ""));

        assertThat(store().lists().rowsByKey(People.UA, ListPurpose.REQUEST, List.of("F1", "M2")))
                .extracting(r -> r.list() + " " + r.listTitle() + " " + r.rowId() + " " + r.surname() + " " + r.militaryId())
                .containsExactly(request + " Зниклі безвісти M2 Бондар ", request + " Зниклі безвісти 7 Коваль F1");
    }

    @Test
    void rowsOfAnotherAuthorOrAnotherPurposeAreNotFound() {
        add(People.RU, ListPurpose.REQUEST, "Пропавшие", People.T0, People.pow("M2", "Иванов", "Пётр", "", "", ""));
        add(People.UA, ListPurpose.HOLDING, "Утримувані", People.T0.plusSeconds(1), People.pow("M2", "Бондар", "Іван", "", "", ""));

        assertThat(store().lists().rowsByKey(People.UA, ListPurpose.REQUEST, List.of("M2"))).isEmpty();
    }

    @Test
    void blankKeysFindNothingEvenWhereMilitaryIdsAreEmpty() {
        add(People.UA, ListPurpose.REQUEST, "Зниклі безвісти", People.T0, People.pow("1", "Бондар", "Іван", "", "", ""));

        assertThat(store().lists().rowsByKey(People.UA, ListPurpose.REQUEST, List.of("", " "))).isEmpty();
    }

    @Test
    void newerListsComeFirst() {
        ListId older = add(People.UA, ListPurpose.REQUEST, "older", People.T0, People.pow("M2", "Бондар", "Іван", "", "", ""));
        ListId newer = add(People.UA, ListPurpose.REQUEST, "newer", People.T0.plusSeconds(60), People.pow("M2", "Бондар", "Іван", "", "", ""));

        assertThat(store().lists().rowsByKey(People.UA, ListPurpose.REQUEST, List.of("M2"))).extracting(Lists.KeyedRow::list)
                .containsExactly(newer, older);
    }

    private ListId add(PartyId author, ListPurpose purpose, String title, Instant at, Person... rows) {
        ListId id = new ListId(UUID.nameUUIDFromBytes((author + title).getBytes(StandardCharsets.UTF_8)));
        store().lists().add(new PersonList(new ListHeader(id, author, purpose, Category.POW, title, at, rows.length), List.of(rows)));
        return id;
    }
}
