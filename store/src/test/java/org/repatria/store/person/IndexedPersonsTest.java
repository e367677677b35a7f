package org.repatria.store.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.link.MatchRun;
import org.repatria.store.link.StoredLink;

class IndexedPersonsTest extends OnEveryEngine {

    private PersonList list(String row) {
        People.addParties(store());
        PersonList l = People.list(People.UA, People.T0, People.pow(row, "Бойко", "Іван", "1990", "", ""),
                People.pow(row + "x", "Бойко", "Петро", "1991", "", ""));
        store().lists().add(l);
        return l;
    }

    @Test
    void aStoredListWaitsUntilTheIndexJoinsIt() {
        ListId id = list("1").header().id();
        assertThat(store().persons().waiting()).containsExactly(id);

        store().persons().record(new PersonChange(Optional.of(id), People.T0, Map.of(new RowKey(id, "1"), 1L,
                new RowKey(id, "1x"), 2L), Map.of()));

        assertThat(store().persons().waiting()).isEmpty();
        assertThat(store().persons().joined()).containsExactly(id);
        assertThat(store().persons().filed(id)).containsExactlyInAnyOrderEntriesOf(Map.of("1", 1L, "1x", 2L));
    }

    @Test
    void eachPersonGetsOneIdThatStaysWhenItsRowsChange() {
        ListId id = list("1").header().id();
        Map<Long, String> first = store().persons().record(new PersonChange(Optional.of(id), People.T0,
                Map.of(new RowKey(id, "1"), 1L), Map.of()));
        Map<Long, String> again = store().persons().record(new PersonChange(Optional.empty(), People.T0,
                Map.of(new RowKey(id, "1x"), 1L), Map.of()));

        assertThat(again.get(1L)).isEqualTo(first.get(1L));
        assertThat(store().persons().resolve(first.get(1L))).contains(1L);
        assertThat(store().persons().ids()).containsExactlyEntriesOf(Map.of(1L, first.get(1L)));
    }

    @Test
    void aMergedPersonsIdNamesItsSurvivorAndItsRowsMoveThere() {
        ListId id = list("1").header().id();
        Map<Long, String> ids = store().persons().record(new PersonChange(Optional.of(id), People.T0,
                Map.of(new RowKey(id, "1"), 1L, new RowKey(id, "1x"), 2L), Map.of()));

        store().persons().record(new PersonChange(Optional.empty(), People.T0, Map.of(), Map.of(2L, 1L)));

        assertThat(store().persons().resolve(ids.get(2L))).contains(1L);
        assertThat(store().persons().filed(id)).containsEntry("1x", 1L);
        assertThat(store().persons().anyRowOf(2L)).isEmpty();
        assertThat(store().persons().anyRowOf(1L)).isPresent();
        assertThat(store().persons().ids()).doesNotContainKey(2L);
    }

    @Test
    void anIdMergedTwiceFollowsToTheLastSurvivor() {
        ListId id = list("1").header().id();
        Map<Long, String> ids = store().persons().record(new PersonChange(Optional.of(id), People.T0,
                Map.of(new RowKey(id, "1"), 1L, new RowKey(id, "1x"), 3L), Map.of()));
        store().persons().record(new PersonChange(Optional.empty(), People.T0, Map.of(new RowKey(id, "1"), 2L), Map.of()));
        String two = store().persons().ids().get(2L);
        store().persons().record(new PersonChange(Optional.empty(), People.T0, Map.of(), Map.of(3L, 2L)));
        store().persons().record(new PersonChange(Optional.empty(), People.T0, Map.of(), Map.of(2L, 1L)));

        assertThat(store().persons().resolve(ids.get(3L))).contains(1L);
        assertThat(store().persons().resolve(two)).contains(1L);
        assertThat(store().persons().resolve("no-such-id")).isEmpty();
    }

    @Test
    void verdictsAreNumberedInTheOrderTheyWereRecorded() {
        ListId id = list("1").header().id();
        RowKey a = new RowKey(id, "1");
        RowKey b = new RowKey(id, "1x");
        long first = store().persons().addVerdict(new PersonVerdict(0, a, b, true, PersonVerdict.Source.PERSON,
                Optional.empty(), OptionalInt.empty(), "ua-desk", People.T0, "same birth certificate"));
        long second = store().persons().addVerdict(new PersonVerdict(0, a, b, false, PersonVerdict.Source.PERSON,
                Optional.empty(), OptionalInt.empty(), "ua-desk", People.T0.plusSeconds(1), "brothers"));

        assertThat(second).isEqualTo(first + 1);
        assertThat(store().persons().verdictsAfter(first)).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("brothers"))
                .satisfies(v -> assertThat(v.same()).isFalse());
        assertThat(store().persons().verdictsNaming(List.of(b))).extracting(PersonVerdict::seq).containsExactly(first, second);
    }

    @Test
    void aMatchRunsVerdictIsCopiedOnce() {
        People.addParties(store());
        PersonList left = People.list(People.UA, People.T0, People.pow("7", "Бойко", "Іван", "1990", "", ""));
        PersonList right = People.list(People.RU, People.T0, People.pow("a", "Бойко", "Иван", "1990", "", ""));
        store().lists().add(left);
        store().lists().add(right);
        store().runs().add(new MatchRun("r1", People.UA, left.header().id(), right.header().id(), "ua-desk", People.T0,
                MatchRun.State.RUNNING, "", 0));
        store().runs().finish("r1", List.of(new StoredLink(0, "7", "a", 0.4, false, "0", StoredLink.Verdict.PENDING,
                Optional.empty(), Optional.empty())), 1);
        store().runs().decide("r1", 0, StoredLink.Verdict.REJECTED, "ua-desk", People.T0);

        assertThat(store().persons().copyMatchVerdicts(0)).hasSize(1);
        assertThat(store().persons().copyMatchVerdicts(0)).isEmpty();
        PersonVerdict v = store().persons().verdictsAfter(0).getFirst();
        assertThat(v.same()).isFalse();
        assertThat(v.a()).isEqualTo(new RowKey(left.header().id(), "7"));
        assertThat(v.run()).contains("r1");
        assertThatThrownBy(() -> store().persons().addVerdict(v)).isInstanceOf(DuplicateException.class);
    }
}
