package org.repatria.match.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.match.person.PersonIndexTest.RUSSIAN;
import static org.repatria.match.person.PersonIndexTest.UKRAINIAN;
import static org.repatria.match.person.PersonIndexTest.p;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.repatria.match.PersonRecord;

class MergingTest {
    private static final RowRef UK4 = new RowRef("uk", "4");
    private static final RowRef RU4 = new RowRef("ru", "4");

    private static PersonIndex restoredApart() {
        PersonIndex index = new PersonIndex();
        index.restore("uk", UKRAINIAN, List.of(1L, 2L, 3L, 4L, 5L));
        index.restore("ru", RUSSIAN, List.of(6L, 7L, 8L, 9L, 10L));
        return index;
    }

    @Test
    void aNewRowMatchingTwoHeldPersonsWithNearCertaintyMergesThemUnderTheLowerNumber() {
        PersonIndex index = restoredApart();

        Joined joined = index.add("x", List.of(p("1", "Melnyk", "Ivan", "Vasylovych", "M", "1979-11-30")));

        assertThat(joined.mergedAway()).containsExactly(9L);
        assertThat(index.personOf(RU4)).isEqualTo(4L);
        assertThat(joined.personOfNewRow()).containsEntry(new RowRef("x", "1"), 4L);
    }

    @Test
    void twoPersonsARejectedPairWouldJoinAreNotMerged() {
        PersonIndex index = restoredApart();
        index.reject(UK4, RU4);

        Joined joined = index.add("x", List.of(p("1", "Melnyk", "Ivan", "Vasylovych", "M", "1979-11-30")));

        assertThat(joined.mergedAway()).isEmpty();
        assertThat(index.personOf(UK4)).isNotEqualTo(index.personOf(RU4));
    }

    @Test
    void confirmingAcrossARejectedPairIsRefusedNamingIt() {
        PersonIndex index = restoredApart();
        index.add("x", List.of(p("1", "Melnyk", "Ivan", "Vasylovych", "M", "1979-11-30")));
        index.reject(UK4, RU4);

        assertThatThrownBy(() -> index.confirm(new RowRef("x", "1"), otherOf(index)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uk/4").hasMessageContaining("ru/4");
    }

    /** The row of the rejected pair that is not in the new row's person. */
    private static RowRef otherOf(PersonIndex index) {
        return index.personOf(new RowRef("x", "1")) == index.personOf(UK4) ? RU4 : UK4;
    }

    @Test
    void searchesWhileAListIsAddedSeeTheIndexBeforeOrAfterAndNeverFail() throws Exception {
        PersonIndex index = PersonIndexTest.twoLists();
        List<PersonRecord> big = new ArrayList<>();
        String[] surnames = {"Бойко", "Ткаченко", "Кравченко", "Олійник", "Лисенко", "Савченко"};
        String[] given = {"Андрій", "Сергій", "Віктор", "Дмитро", "Юрій"};
        for (int i = 0; i < 600; i++) {
            big.add(p("b" + i, surnames[i % 6], given[i % 5], "", "Ч", (1960 + i % 40) + "-0" + (1 + i % 9) + "-1" + i % 10));
        }
        AtomicInteger searches = new AtomicInteger();
        CompletableFuture<Joined> adding = CompletableFuture.supplyAsync(() -> index.add("big", big));
        while (!adding.isDone()) {
            assertThat(index.search("Олександр Ковальчук", 10)).isNotEmpty();
            searches.incrementAndGet();
        }

        assertThat(adding.get().personOfNewRow()).hasSize(600);
        assertThat(index.size()).isEqualTo(610);
        assertThat(index.search("Boiko Andrii", 100)).isNotEmpty();
        assertThat(searches.get()).isPositive();
    }
}
