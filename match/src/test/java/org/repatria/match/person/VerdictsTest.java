package org.repatria.match.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.match.person.PersonIndexTest.RUSSIAN;
import static org.repatria.match.person.PersonIndexTest.UKRAINIAN;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {
    private static final RowRef UK4 = new RowRef("uk", "4");
    private static final RowRef RU4 = new RowRef("ru", "4");
    private static final RowRef UK5 = new RowRef("uk", "5");

    @Test
    void aConfirmedPairJoinsTwoPersonsUnderTheLowerNumber() {
        PersonIndex index = PersonIndexTest.twoLists();
        long a = index.personOf(UK4);
        long b = index.personOf(UK5);

        index.confirm(UK4, UK5);

        assertThat(index.personOf(UK5)).isEqualTo(Math.min(a, b)).isEqualTo(index.personOf(UK4));
        assertThat(index.links(index.personOf(UK5))).anyMatch(l -> l.kind() == PersonLink.Kind.CONFIRMED);
    }

    @Test
    void aRejectedPairInsideAPersonSplitsItAndTheSplitOffRowGetsANewNumber() {
        PersonIndex index = PersonIndexTest.twoLists();
        long before = index.personOf(UK4);

        index.reject(UK4, RU4);

        assertThat(index.personOf(UK4)).isEqualTo(before);
        assertThat(index.personOf(RU4)).isNotEqualTo(before);
        assertThat(index.rows(before)).containsExactly(UK4);
    }

    @Test
    void aRejectedPairIsNotProposedAgain() {
        PersonIndex index = PersonIndexTest.twoLists();

        index.reject(UK4, RU4);

        assertThat(index.proposed(index.personOf(UK4))).noneMatch(l -> l.b().equals(RU4) || l.a().equals(RU4));
    }

    @Test
    void aRestoredIndexKeepsTheStoredPersonsAndNumbersNewOnesAboveThem() {
        PersonIndex index = new PersonIndex();
        index.restore("uk", UKRAINIAN, List.of(7L, 8L, 9L, 10L, 12L));
        index.restore("ru", RUSSIAN, List.of(7L, 8L, 9L, 10L, 11L));

        assertThat(index.personOf(RU4)).isEqualTo(10L);
        assertThat(index.rows(7L)).containsExactly(new RowRef("uk", "1"), new RowRef("ru", "1"));
        Joined joined = index.add("new", List.of(PersonIndexTest.p("1", "Зайченко", "Ольга", "", "Ж", "1970")));
        assertThat(joined.personOfNewRow().values()).containsExactly(13L);
    }

    @Test
    void aListNamingSomeoneTwiceFilesBothRowsIntoOnePerson() {
        PersonIndex index = new PersonIndex();
        index.add("uk", UKRAINIAN);

        index.add("dup", List.of(
                PersonIndexTest.p("a", "Мельник", "Иван", "Васильевич", "М", "1979-11-30"),
                PersonIndexTest.p("b", "Melnyk", "Ivan", "Vasylovych", "M", "30.11.1979"),
                PersonIndexTest.p("c", "Шевченко", "Андрей", "Петрович", "М", "1990-05-01")));

        assertThat(index.rows(index.personOf(UK4)))
                .containsExactly(UK4, new RowRef("dup", "a"), new RowRef("dup", "b"));
    }
}
