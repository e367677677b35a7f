package org.repatria.lists.normal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.core.person.PartialDate;

class DatesTest {
    private static DateReading read(String text) {
        return Dates.read(text);
    }

    @Test
    void theFormsListsUseAreReadAtTheirPrecision() {
        assertThat(read("1998-03-12")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03-12")));
        assertThat(read("12.03.1998")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03-12")));
        assertThat(read("2.3.1998")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03-02")));
        assertThat(read("12/03/1998")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03-12")));
        assertThat(read("03.1998")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03")));
        assertThat(read("1998-03")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03")));
        assertThat(read("1998")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998")));
        assertThat(read("1998 р.")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998")));
        assertThat(read("1998-03-12 00:00:00")).isEqualTo(new DateReading.Read(PartialDate.parseIso("1998-03-12")));
        assertThat(read("")).isEqualTo(new DateReading.Read(PartialDate.unknown()));
    }

    @Test
    void aMonthOver12WithADayThatCouldBeTheMonthIsReadSwapped() {
        assertThat(read("03.25.1990")).isEqualTo(new DateReading.Swapped(PartialDate.parseIso("1990-03-25")));
        assertThat(read("1990-25-03")).isEqualTo(new DateReading.Swapped(PartialDate.parseIso("1990-03-25")));
    }

    @Test
    void noSuchDayIsImpossibleNotSwapped() {
        assertThat(read("31.02.1990")).isInstanceOf(DateReading.Impossible.class);
        assertThat(read("30.13.1990")).isInstanceOf(DateReading.Impossible.class);
        assertThat(read("13.1990")).isInstanceOf(DateReading.Impossible.class);
        assertThat(read("1700")).isInstanceOf(DateReading.Impossible.class);
    }

    @Test
    void anImpossibleDateTellsItsYearWhenThatYearIsPossible() {
        java.util.Optional<PartialDate.Year> y1990 = java.util.Optional.of(new PartialDate.Year(1990));
        assertThat(read("32.03.1990")).isEqualTo(new DateReading.Impossible(y1990));
        assertThat(read("30.13.1990")).isEqualTo(new DateReading.Impossible(y1990));
        assertThat(read("13.1990")).isEqualTo(new DateReading.Impossible(y1990));
        assertThat(read("31.02.1700")).isEqualTo(new DateReading.Impossible());
        assertThat(read("1700")).isEqualTo(new DateReading.Impossible());
    }

    @Test
    void otherTextIsUnreadable() {
        for (String text : new String[] {"весна 1990", "12.03.90", "12.03-1990", "1990-", "19900", "1.2.3.1990", "--"}) {
            assertThat(read(text)).as(text).isInstanceOf(DateReading.Unreadable.class);
        }
    }
}
