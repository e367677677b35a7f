package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Matcher#link} with lists that name a person twice: one-to-one between persons, not rows. */
class LinkPersonsTest {
    private static PersonRecord p(String id, String surname, String given, String patronymic, String sex, String date,
                                  String militaryId) {
        return new PersonRecord(id, surname, given, patronymic, sex, date, "", militaryId, "");
    }

    private static final List<PersonRecord> UKRAINIAN = List.of(
            p("L1", "Ковальчук", "Олександр", "Миколайович", "Ч", "12.03.1998", "АВ123456"),
            p("L2", "Шевченко", "Андрій", "Петрович", "Ч", "1990-05-01", ""),
            p("L3", "Бондаренко", "Юлія", "Сергіївна", "Ж", "1985", ""),
            p("L4", "Мельник", "Іван", "Васильович", "Ч", "1979-11-30", ""),
            p("L5", "Мельник", "Петро", "Васильович", "Ч", "1982-02-17", ""),
            p("L6", "Kovalchuk", "Oleksandr", "Mykolaiovych", "M", "1998", "AB123456"));
    private static final List<PersonRecord> RUSSIAN = List.of(
            p("R1", "Ковальчук", "Александр", "Николаевич", "М", "1998-03-12", ""),
            p("R2", "Shevchenko", "Andrii", "Petrovych", "M", "1990-05-01", ""),
            p("R3", "Бондаренко", "Юлия", "Сергеевна", "Ж", "1985-02-02", ""),
            p("R4", "Мельник", "Иван", "Васильевич", "М", "1979-11-30", ""),
            p("R5", "Кравец", "Пётр", "", "М", "1960-01-01", ""),
            p("R6", "Shevtchenko", "Andrey", "Petrovitch", "M", "01.05.1990", ""));

    private static List<String> matches(Settings settings) {
        return new Matcher(settings).link(UKRAINIAN, RUSSIAN).matches().stream()
                .map(l -> l.leftId() + "=" + l.rightId()).toList();
    }

    @Test
    void eachRowOfAPersonWrittenTwiceGetsItsOwnMatchLine() {
        assertThat(matches(Settings.DEFAULT)).contains("L1=R1", "L6=R1", "L2=R2", "L2=R6");
    }

    @Test
    void theOtherPersonsStillMatchOneToOne() {
        assertThat(matches(Settings.DEFAULT)).contains("L3=R3", "L4=R4").noneMatch(m -> m.startsWith("L5="));
    }

    @Test
    void aRowWrittenTwiceIsNotSentToReviewForLosingToItsOwnDuplicate() {
        Linkage linkage = new Matcher(Settings.DEFAULT).link(UKRAINIAN, RUSSIAN);

        assertThat(linkage.links()).filteredOn(l -> l.decision() == Decision.REVIEW)
                .noneMatch(l -> l.leftId().equals("L6") && l.rightId().equals("R1"));
    }

    @Test
    void theProgressReportedNeverGoesBack() {
        List<Long> done = new java.util.ArrayList<>();
        new Matcher(Settings.DEFAULT, (stage, step, total) -> done.add(step)).link(UKRAINIAN, RUSSIAN);

        assertThat(done).isSorted().last().isEqualTo(4L);
    }
}
