package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.repatria.match.score.Model;

class MatcherTest {
    private static PersonRecord p(String id, String surname, String given, String patronymic, String sex, String date) {
        return new PersonRecord(id, surname, given, patronymic, sex, date, "", "", "");
    }

    private static final List<PersonRecord> UKRAINIAN = List.of(
            p("L1", "Ковальчук", "Олександр", "Миколайович", "Ч", "12.03.1998"),
            p("L2", "Шевченко", "Андрій", "Петрович", "Ч", "1990-05-01"),
            p("L3", "Бондаренко", "Юлія", "Сергіївна", "Ж", "1985"),
            p("L4", "Мельник", "Іван", "Васильович", "Ч", "1979-11-30"),
            p("L5", "Мельник", "Петро", "Васильович", "Ч", "1982-02-17"));
    private static final List<PersonRecord> RUSSIAN = List.of(
            p("R1", "Ковальчук", "Александр", "Николаевич", "М", "1998-12-03"),
            p("R2", "Shevchenko", "Andrii", "Petrovych", "M", "1990-05-01"),
            p("R3", "Бондаренко", "Юлия", "Сергеевна", "Ж", "1985-02-02"),
            p("R4", "Мельник", "Иван", "Васильевич", "М", "1979-11-30"),
            p("R5", "Кравец", "Пётр", "", "М", "1960-01-01"));

    @Test
    void linksPeopleAcrossUkrainianRussianAndLatin() {
        Linkage linkage = new Matcher(Settings.DEFAULT).link(UKRAINIAN, RUSSIAN);

        assertThat(linkage.matches()).extracting(l -> l.leftId() + "=" + l.rightId())
                .containsExactlyInAnyOrder("L1=R1", "L2=R2", "L3=R3", "L4=R4");
    }

    @Test
    void aBrotherInTheSameFamilyIsNotMatched() {
        Linkage linkage = new Matcher(Settings.DEFAULT).link(UKRAINIAN, RUSSIAN);

        assertThat(linkage.matches()).noneMatch(l -> l.leftId().equals("L5"));
    }

    @Test
    void theExplanationAddsUpToTheProbability() {
        for (Link l : new Matcher(Settings.DEFAULT).link(UKRAINIAN, RUSSIAN).links()) {
            assertThat(Model.probability(l.explanation().log2Odds())).isCloseTo(l.probability(), Offset.offset(1e-9));
            assertThat(l.probability()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void emptyListsGiveAnEmptyResult() {
        assertThat(new Matcher(Settings.DEFAULT).link(List.of(), RUSSIAN).links()).isEmpty();
        assertThat(new Matcher(Settings.DEFAULT).link(List.of(), List.of()).links()).isEmpty();
        assertThat(new Matcher(Settings.DEFAULT).duplicates(List.of())).isEmpty();
    }

    @Test
    void aThresholdOfOneLeavesEverythingForReview() {
        Linkage linkage = new Matcher(Settings.DEFAULT.withMatchThreshold(1.0)).link(UKRAINIAN, RUSSIAN);

        assertThat(linkage.links()).allMatch(l -> l.decision() == Decision.REVIEW || l.probability() >= 1.0);
    }

    @Test
    void duplicatesWithinOneListFormClusters() {
        List<PersonRecord> list = new ArrayList<>(UKRAINIAN);
        list.add(p("D1", "Ковальчук", "Александр", "Николаевич", "М", "1998-03-12"));
        list.add(p("D2", "Kovalchuk", "Oleksandr", "", "M", "1998-03-12"));

        assertThat(new Matcher(Settings.DEFAULT).duplicates(list)).containsExactly(List.of("L1", "D1", "D2"));
    }

    @Test
    void progressIsReportedToTheEnd() {
        List<String> stages = new ArrayList<>();
        new Matcher(Settings.DEFAULT, (stage, done, total) -> stages.add(stage + " " + done + "/" + total))
                .link(UKRAINIAN, RUSSIAN);

        assertThat(stages).last().isEqualTo("decide 4/4");
    }

    @Test
    void aMissingFieldMustBeEmptyNotNull() {
        assertThatThrownBy(() -> new PersonRecord("1", null, "", "", "", "", "", "", ""))
                .hasMessageContaining("surname");
    }

    @Test
    void thresholdsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> Settings.DEFAULT.withMatchThreshold(1.5)).hasMessageContaining("between 0 and 1");
    }
}
