package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Profile;

class DuplicatesTest {
    private static final long FIRST_TWO = 1L;

    private static List<Profile> rows(PersonRecord... records) {
        return new Preparation().profiles(List.of(records));
    }

    private static PersonRecord row(String id, String given, String date, String militaryId) {
        return new PersonRecord(id, "Ковальчук", given, "Миколайович", "Ч", date, "", militaryId, "");
    }

    @Test
    void aPairAtTheMatchThresholdIsSurelyOnePerson() {
        List<Profile> rows = rows(row("1", "Олександр", "12.03.1998", ""), row("2", "Александр", "1998", ""));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.9}, Settings.DEFAULT);

        assertThat(found.sure()).containsExactly(FIRST_TWO);
    }

    @Test
    void theSameMilitaryIdMakesAPairFromTheReviewThresholdSurelyOnePerson() {
        List<Profile> rows = rows(row("1", "Олександр", "", "АВ123456"), row("2", "Олександр", "", "AB 123456"));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.2}, Settings.DEFAULT);

        assertThat(found.sure()).containsExactly(FIRST_TWO);
    }

    @Test
    void aPairBetweenTheThresholdsWithoutAnIdentifierIsOnlyLikely() {
        List<Profile> rows = rows(row("1", "Олександр", "", ""), row("2", "Олександр", "", ""));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.2}, Settings.DEFAULT);

        assertThat(found.sure()).isEmpty();
        assertThat(found.likely()).containsExactly(FIRST_TWO);
    }

    @Test
    void aLikelyPairIsOnePersonOnlyWhenTheOtherListConfirmsIt() {
        Duplicates.Found found = new Duplicates.Found(new long[0], new long[] {FIRST_TWO});

        assertThat(found.confirmedBy(new long[] {FIRST_TWO})).containsExactly(FIRST_TWO);
        assertThat(found.confirmedBy(new long[0])).isEmpty();
    }

    @Test
    void brothersWithDifferentGivenNamesAreNeverOnePerson() {
        List<Profile> rows = rows(row("1", "Олександр", "12.03.1998", ""), row("2", "Тарас", "12.03.1998", ""));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.99}, Settings.DEFAULT);

        assertThat(found.sure()).isEmpty();
        assertThat(found.likely()).isEmpty();
    }

    @Test
    void namesakesWithWholeDatesMonthsApartAreNeverOnePerson() {
        List<Profile> rows = rows(row("1", "Олександр", "12.03.1998", ""), row("2", "Олександр", "20.09.1998", ""));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.99}, Settings.DEFAULT);

        assertThat(found.sure()).isEmpty();
    }

    @Test
    void aYearAloneDoesNotContradictAWholeDateOfThatYear() {
        List<Profile> rows = rows(row("1", "Олександр", "12.03.1998", ""), row("2", "Олександр", "1998", ""));

        Duplicates.Found found = Duplicates.found(rows, new long[] {FIRST_TWO}, new double[] {0.99}, Settings.DEFAULT);

        assertThat(found.sure()).containsExactly(FIRST_TWO);
    }
}
