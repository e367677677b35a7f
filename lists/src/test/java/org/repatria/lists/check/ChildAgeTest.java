package org.repatria.lists.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.lists.header.Header;

/** A child is a person under 18 at the date of removal, not on the day the list is read (issue 13, item 4). */
class ChildAgeTest {
    private static final LocalDate LIST_DATE = LocalDate.of(2025, 6, 2);
    private final CategoryRules rules = new CategoryRules(new Header(1, List.of()), LIST_DATE);

    private List<String> codes(String birth, String removal) {
        Details details = removal.isEmpty() ? Details.none()
                : new Details(Map.of(DetailField.REMOVAL_DATE, new DetailValue.Date(PartialDate.parseIso(removal))));
        List<Problem> out = new ArrayList<>();
        rules.check(new RowFacts(2, "1", Category.CHILD, new PersonName("Бондар", "Ігор", ""), PartialDate.parseIso(birth),
                "", details), out);
        return out.stream().map(p -> p.code() + ":" + p.severity()).toList();
    }

    @Test
    void aChildRemovedAt16ThreeYearsBeforeTheListIsStillAChild() {
        // Born 2006-01-10, removed 2022-05-01 at 16; 19 on the list's date.
        assertThat(codes("2006-01-10", "2022-05-01")).isEmpty();
    }

    @Test
    void aPersonRemovedAt18IsNotAChild() {
        assertThat(codes("2004-05-01", "2022-05-01")).containsExactly("child.adult-at-removal:ERROR");
    }

    @Test
    void aPersonRemovedTheDayBefore18IsAChild() {
        assertThat(codes("2004-05-02", "2022-05-01")).isEmpty();
    }

    @Test
    void anUnknownRemovalDateCountsTheAgeOnTheListsDate() {
        assertThat(codes("2006-01-10", "")).containsExactly("child.adult:ERROR");
        assertThat(codes("2007-06-03", "")).isEmpty();
    }

    @Test
    void aRemovalKnownByItsYearOnlyWarnsWhenTheChildMayHaveBeen18() {
        assertThat(codes("2004-06-15", "2022")).containsExactly("child.maybe-adult:WARNING");
        assertThat(codes("2003-06-15", "2022")).containsExactly("child.adult-at-removal:ERROR");
    }
}
