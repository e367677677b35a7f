package org.repatria.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

class BlockingTest {
    private final Names names = new Names();

    private Profile person(String surname, String given, String date) {
        return new Profile(names.plain(surname), names.given(given), Name.EMPTY, 'm', PartialDate.parse(date), Name.EMPTY,
                "", Name.EMPTY);
    }

    @Test
    void aPairSurvivesAWrongSurname() {
        long[] pairs = Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Бондар", "Александр", "1998-03-12"))).pairs();
        assertThat(pairs).containsExactly(0L);
    }

    @Test
    void aPairSurvivesAWrongDate() {
        long[] pairs = Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Kovalchuk", "Aleksandr", "1975-01-01"))).pairs();
        assertThat(pairs).containsExactly(0L);
    }

    @Test
    void peopleSharingNothingAreNotCandidates() {
        assertThat(Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Мельник", "Тарас", "1975-01-01"))).pairs()).isEmpty();
    }

    @Test
    void eachCandidateRemembersTheKeysThatFoundIt() {
        Candidates c = Blocking.between(List.of(person("Ковальчук", "Олександр", "1998-03-12")),
                List.of(person("Бондар", "Александр", "1998-03-12")));
        assertThat(c.keys()[0]).isNotZero();
        assertThat(Blocking.keyFields()).hasSizeGreaterThan(Integer.bitCount(c.keys()[0] & 0xffff));
    }

    @Test
    void withinOneListPairsAreOrderedAndNeverAPersonWithThemself() {
        long[] pairs = Blocking.within(List.of(person("Ковальчук", "Олександр", "1998-03-12"),
                person("Ковальчук", "Олександр", "1998-03-12"))).pairs();
        assertThat(pairs).containsExactly(1L);
    }

    @Test
    void aValueSharedByTooManyPeopleFormsNoBlock() {
        List<Profile> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(person("Шевченко", "Олександр", "1990"));
        }
        assertThat(Blocking.between(many, many).pairs()).isEmpty();
    }
}
