package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DaysLeftTest {
    private final DaysLeft days = new DaysLeft(Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC));
    private final LocalDate today = LocalDate.of(2026, 12, 7);

    @Test
    void countsWholeDaysFromTodaysDateInUtc() {
        assertThat(days.days(today.plusDays(3))).isEqualTo(3);
        assertThat(days.days(today.minusDays(2))).isEqualTo(-2);
        assertThat(days.overdue(today)).isFalse();
        assertThat(days.overdue(today.minusDays(1))).isTrue();
    }

    @Test
    void saysDaysLeftDueTodayAndOverdueInEnglish() {
        Text en = new Text(Language.EN);
        assertThat(days.words(today.plusDays(1), en)).isEqualTo("1 day left");
        assertThat(days.words(today.plusDays(3), en)).isEqualTo("3 days left");
        assertThat(days.words(today, en)).isEqualTo("due today");
        assertThat(days.words(today.minusDays(2), en)).isEqualTo("overdue by 2 days");
    }

    @Test
    void usesUkrainianPluralForms() {
        Text uk = new Text(Language.UK);
        assertThat(days.words(today.plusDays(1), uk)).isEqualTo("залишився 1 день");
        assertThat(days.words(today.plusDays(3), uk)).isEqualTo("залишилося 3 дні");
        assertThat(days.words(today.plusDays(5), uk)).isEqualTo("залишилося 5 днів");
        assertThat(days.words(today.minusDays(21), uk)).isEqualTo("прострочено на 21 день");
    }

    @Test
    void usesRussianPluralForms() {
        Text ru = new Text(Language.RU);
        assertThat(days.words(today.plusDays(2), ru)).isEqualTo("осталось 2 дня");
        assertThat(days.words(today.plusDays(11), ru)).isEqualTo("осталось 11 дней");
        assertThat(days.words(today.minusDays(1), ru)).isEqualTo("просрочено на 1 день");
        assertThat(days.words(today, ru)).isEqualTo("срок сегодня");
    }
}
