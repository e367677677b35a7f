package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;

class DatesTest {
    private static int level(String a, String b) {
        return Field.BIRTH_DATE.level(new ProfilePair(born(a), born(b)));
    }

    private static Profile born(String date) {
        return new Profile(Name.EMPTY, Name.EMPTY, Name.EMPTY, (char) 0, PartialDate.parse(date), Name.EMPTY, "", Name.EMPTY);
    }

    @Test
    void theSameDayInDifferentNotationsIsExact() {
        assertThat(level("12.03.1998", "1998-03-12")).isEqualTo(1);
        assertThat(level("19980312", "1998-03-12")).isEqualTo(1);
    }

    @Test
    void swappedDayAndMonthIsNear() {
        assertThat(level("12.03.1998", "1998-12-03")).isEqualTo(2);
    }

    @Test
    void aYearOffByOneWithTheSameDayIsNear() {
        assertThat(level("12.03.1998", "12.03.1997")).isEqualTo(2);
    }

    @Test
    void oneWrongOrTwoTransposedDigitsAreNear() {
        assertThat(level("1998-03-12", "1998-03-13")).isEqualTo(2);
        assertThat(level("1998-03-12", "1989-03-12")).isEqualTo(2);
    }

    @Test
    void aYearOnlyDateAgreesAtMostOnTheYear() {
        assertThat(level("1998", "1998-03-12")).isEqualTo(3);
        assertThat(level("1997", "1998-03-12")).isEqualTo(4);
    }

    @Test
    void datesMonthsApartAcrossNewYearAreWithinAYear() {
        assertThat(Field.BIRTH_DATE.label(level("1998-12-20", "1999-02-11"))).isEqualTo("within a year");
        assertThat(Field.BIRTH_DATE.label(level("1998-02-20", "1998-11-11"))).isEqualTo("within a year");
    }

    @Test
    void datesMoreThanAYearApartDiffer() {
        assertThat(level("1998-03-12", "1996-08-30")).isEqualTo(Field.BIRTH_DATE.different());
        assertThat(level("1991", "1998-08-30")).isEqualTo(Field.BIRTH_DATE.different());
    }

    @Test
    void unreadableDatesAreMissing() {
        assertThat(PartialDate.parse("about 1990")).isEmpty();
        assertThat(PartialDate.parse("")).isEmpty();
    }

    @Test
    void anImpossibleMonthKeepsOnlyTheYear() {
        assertThat(PartialDate.parse("1998-13-40")).contains(new PartialDate(1998, 0, 0));
    }
}
