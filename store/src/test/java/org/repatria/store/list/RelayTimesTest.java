package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** A list's relays with their times, oldest first, for the person's page (docs/decisions/0157). */
class RelayTimesTest extends OnEveryEngine {

    @Test
    void relaysAreReadOldestFirstWithTheirTimes() {
        People.addParties(store());
        PersonList list = People.list(People.UA, People.T0, People.pow("1", "Бондар", "Іван", "", "", ""));
        store().lists().add(list);
        store().lists().relay(list.header().id(), People.ICRC, People.T0.plusSeconds(120));
        store().lists().relay(list.header().id(), People.RU, People.T0.plusSeconds(60));

        assertThat(store().lists().relays(list.header().id())).containsExactly(
                new Lists.Relay(People.RU, People.T0.plusSeconds(60)), new Lists.Relay(People.ICRC, People.T0.plusSeconds(120)));
    }

    @Test
    void aListNeverRelayedHasNone() {
        assertThat(store().lists().relays(new ListId(UUID.randomUUID()))).isEmpty();
    }
}
