package org.repatria.bench.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.person.PersonIndex;

/** Keeps the person index's search recall and filing from regressing, on a smaller seeded index than BENCHMARKS.md's. */
class PersonIndexBenchTest {
    private static final IndexedPeople PEOPLE = IndexedPeople.generate(20_000, 1.6, 3);
    private static final PersonIndex INDEX = PersonIndexBench.restored(PEOPLE);

    @Test
    void aNameWithABirthDateFindsTheTruePersonAmongTheFirstTenNineTimesInTen() {
        PersonIndexBench.Searched s = PersonIndexBench.search(INDEX, PEOPLE, 200, 5);

        double[] nameAndDate = s.byKind().get("name+date");
        assertThat(nameAndDate[0] / nameAndDate[1]).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aMilitaryIdFindsItsHolderFirstOrAmongTheFirstTen() {
        PersonIndexBench.Searched s = PersonIndexBench.search(INDEX, PEOPLE, 200, 5);

        double[] id = s.byKind().get("military id");
        assertThat(id[0] / id[1]).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void mostRowsOfANewListJoinTheirTruePersonAndAlmostNoneJoinsAnother() {
        IndexedPeople.NewList fresh = IndexedPeople.newList(PEOPLE, 1000, 0.7, 9);
        PersonIndex index = PersonIndexBench.restored(PEOPLE);

        PersonIndexBench.Filed filed = PersonIndexBench.Filed.of(index.add("new", fresh.rows()), fresh, "new",
                PEOPLE.people().size());

        assertThat(filed.joinedTrue() / (double) filed.known()).isGreaterThanOrEqualTo(0.9);
        assertThat(filed.joinedWrong() / (double) filed.known()).isLessThanOrEqualTo(0.02);
        assertThat(filed.strangersJoined() / (double) filed.strangers()).isLessThanOrEqualTo(0.08);
    }
}
