package org.repatria.store.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.SyntheticLists;

class ScaleTest extends OnEveryEngine {

    @Test
    void filteredSortedPageOfATenThousandRowListIsRightAndQuick() {
        People.addParties(store());
        PersonList list = SyntheticLists.generate(10, People.UA, People.T0, 10_000);
        store().lists().add(list);
        RowQuery query = new RowQuery("КОВ", RowSort.SURNAME, true, 500, 50);
        store().lists().rows(list.header().id(), query); // warm-up

        long start = System.nanoTime();
        RowPage page = store().lists().rows(list.header().id(), query);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<Integer> matching = IntStream.range(0, list.rows().size())
                .filter(i -> list.rows().get(i).name().surname().toLowerCase(java.util.Locale.ROOT).contains("ков"))
                .boxed().sorted(Comparator.comparing((Integer i) -> SearchSortKeys.surnameKey(list.rows().get(i).name()))
                        .thenComparing(i -> i).reversed()).toList();
        List<Person> expected = matching.subList(500, 550).stream().map(list.rows()::get).toList();
        assertThat(page).isEqualTo(new RowPage(expected, matching.size()));
        assertThat(took).as("one page on %s", engine).isLessThan(Duration.ofMillis(250));
    }
}
