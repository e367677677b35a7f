package org.repatria.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void unknownDateHasAnEmptyIsoForm() {
        assertThat(PartialDate.unknown().iso()).isEmpty();
    }

    @Test
    void yearIsWrittenWithFourDigits() {
        assertThat(new PartialDate.Year(1998).iso()).isEqualTo("1998");
    }

    @Test
    void monthIsWrittenAsYearDashMonth() {
        assertThat(new PartialDate.Month(YearMonth.of(1998, 3)).iso()).isEqualTo("1998-03");
    }

    @Test
    void dayIsWrittenAsAnIsoDate() {
        assertThat(new PartialDate.Day(LocalDate.of(1998, 3, 12)).iso()).isEqualTo("1998-03-12");
    }

    @Test
    void everyPrecisionParsesBackFromItsIsoForm() {
        for (PartialDate d : new PartialDate[] {PartialDate.unknown(), new PartialDate.Year(1998),
            new PartialDate.Month(YearMonth.of(1998, 3)), new PartialDate.Day(LocalDate.of(1998, 3, 12))}) {
            assertThat(PartialDate.parseIso(d.iso())).isEqualTo(d);
        }
    }

    @Test
    void blankOrNullTextIsTheUnknownDate() {
        assertThat(PartialDate.parseIso("  ")).isEqualTo(PartialDate.unknown());
        assertThat(PartialDate.parseIso(null)).isEqualTo(PartialDate.unknown());
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(PartialDate.parseIso(" 1998-03 ")).isEqualTo(new PartialDate.Month(YearMonth.of(1998, 3)));
    }

    @Test
    void yearOutsideEighteenFiftyToTwentyTwoHundredIsRefused() {
        assertThatThrownBy(() -> new PartialDate.Year(1849)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1849");
        assertThatThrownBy(() -> new PartialDate.Year(2201)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthAndDayObeyTheSameYearRangeAsAYear() {
        assertThatThrownBy(() -> new PartialDate.Month(YearMonth.of(1200, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1200");
        assertThatThrownBy(() -> new PartialDate.Day(LocalDate.of(99_999, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthAndDayAreRequired() {
        assertThatThrownBy(() -> new PartialDate.Month(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PartialDate.Day(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void malformedTextIsRefusedAsAnIllegalArgumentNamingIt() {
        for (String bad : new String[] {"19x8", "1998-13", "1998-02-30", "12.03.1998", "98"}) {
            assertThatThrownBy(() -> PartialDate.parseIso(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
    }

    @Test
    void knownYearIsGivenAtEveryPrecisionButUnknown() {
        assertThat(PartialDate.unknown().knownYear()).isEmpty();
        assertThat(PartialDate.parseIso("1998").knownYear()).isEqualTo(OptionalInt.of(1998));
        assertThat(PartialDate.parseIso("1998-03").knownYear()).isEqualTo(OptionalInt.of(1998));
        assertThat(PartialDate.parseIso("1998-03-12").knownYear()).isEqualTo(OptionalInt.of(1998));
    }
}
