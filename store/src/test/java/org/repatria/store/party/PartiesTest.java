package org.repatria.store.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

class PartiesTest extends OnEveryEngine {
    @Test
    void addedPartyIsFoundWithItsCyrillicName() {
        Party ua = new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT);
        store().parties().add(ua);

        assertThat(store().parties().find(new PartyId("ua"))).contains(ua);
    }

    @Test
    void unknownPartyIsNotFound() {
        assertThat(store().parties().find(new PartyId("xx"))).isEmpty();
    }

    @Test
    void allListsThePartiesById() {
        People.addParties(store());

        assertThat(store().parties().all()).extracting(Party::id)
                .containsExactly(People.ICRC, People.RU, People.UA);
    }

    @Test
    void takenIdIsRefusedAndTheFirstPartyKept() {
        People.addParties(store());

        assertThatThrownBy(() -> store().parties().add(new Party(People.UA, "Other", PartyKind.OBSERVER)))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("party ua already exists");
        assertThat(store().parties().find(People.UA)).map(Party::name).contains("Україна");
    }
}
