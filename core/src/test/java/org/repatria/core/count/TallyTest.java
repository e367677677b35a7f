package org.repatria.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.party.PartyId;

class TallyTest {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");

    private static List<Count> twoTranches() {
        return List.of(Count.of("a", 1, Stage.DECLARED, UA, 1212, 1212), Count.of("a", 1, Stage.CROSSING, RU, 1212, 1212),
                Count.of("a", 1, Stage.MORGUE, RU, 1212, 1212), Count.of("a", 2, Stage.DECLARED, UA, 1213, 1213),
                Count.of("a", 2, Stage.CROSSING, RU, 1213, 1213), Count.of("a", 2, Stage.MORGUE, RU, 1212, 1213));
    }

    @Test
    void runningTotalsAddEachStageOverTheTranchesSoFar() {
        List<Tally.Line> lines = new Tally(twoTranches(), List.of()).lines(List.of());
        assertThat(lines.get(0).running().get(Stage.DECLARED).persons()).isEqualTo(1212);
        assertThat(lines.get(1).running().get(Stage.DECLARED).persons()).isEqualTo(2425);
        assertThat(lines.get(1).running().get(Stage.MORGUE).persons()).isEqualTo(2424);
        assertThat(lines.get(1).running().get(Stage.MORGUE).bags()).isEqualTo(2425);
    }

    @Test
    void aDifferenceIsShownAtTheTrancheStageAndSideWhereItArises() {
        Tally.Line second = new Tally(twoTranches(), List.of()).lines(List.of()).get(1);
        assertThat(second.differences()).containsExactly(new Difference(2, Stage.MORGUE, RU, "persons", Stage.CROSSING, 1213, 1212));
        assertThat(new Tally(twoTranches(), List.of()).lines(List.of()).get(0).differences()).isEmpty();
    }

    @Test
    void theBagsThatExplainADifferenceStandWithTheirTranche() {
        BagFinding part = new BagFinding.PartOf(2, "bag 17 (C-2, W-1)", "bag 17 (C-1, W-1)");
        List<Tally.Line> lines = new Tally(twoTranches(), List.of(part)).lines(List.of());
        assertThat(lines.get(1).findings()).containsExactly(part);
        assertThat(lines.get(0).findings()).isEmpty();
    }

    @Test
    void aSecondCountForTheSameStageIsRefused() {
        List<Count> twice = List.of(Count.of("a", 1, Stage.DECLARED, UA, 1, 1), Count.of("a", 1, Stage.DECLARED, UA, 2, 2));
        assertThatThrownBy(() -> new Tally(twice, List.of())).hasMessageContaining("two declared counts");
    }

    @Test
    void theActSectionShowsCountsTotalsDifferencesAndBagsInThreeLanguages() {
        BagFinding part = new BagFinding.PartOf(2, "bag 17 (C-2, W-1)", "bag 17 (C-1, W-1)");
        Tally.Line second = new Tally(twoTranches(), List.of(part)).lines(List.of()).get(1);
        String text = new String(CountSection.render(second, ActLanguage.UK), StandardCharsets.UTF_8);
        assertThat(text).contains("Counts / Підрахунки / Подсчёты")
                .contains("Received and counted at the morgue / Прийнято й пораховано в морзі / Принято и подсчитано в морге (ru):"
                        + " persons / осіб / лиц 1212; bags / мішків / мешков 1213")
                .contains("Running total of the agreement / Наростаючий підсумок угоди / Нарастающий итог соглашения, Declared")
                .contains("persons / осіб / лиц 2425")
                .contains("(ru), persons / осіб / лиц 1212 (-1)")
                .contains("- bag 17 (C-2, W-1): holds parts of a person already counted in bag");
    }

    @Test
    void thePrintedSectionGivesEachSignedLineItsEnglishUkrainianAndRussianColumns() {
        Tally.Line second = new Tally(twoTranches(), List.of()).lines(List.of()).get(1);
        List<org.repatria.core.handover.ActLine> lines = CountSection.lines(second, ActLanguage.RU);
        assertThat(String.join("", lines.stream().map(l -> l.signed() + "\n").toList()))
                .isEqualTo(new String(CountSection.render(second, ActLanguage.RU), StandardCharsets.UTF_8));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.english()).isEqualTo("Counts:");
            assertThat(l.ukrainian()).isEqualTo("Підрахунки:");
            assertThat(l.russian()).isEqualTo("Подсчёты:");
        });
    }

    @Test
    void aTrancheWithoutCountsAddsNothingToTheAct() {
        Tally.Line none = new Tally(List.of(), List.of()).lines(List.of(3)).getFirst();
        assertThat(CountSection.render(none, ActLanguage.RU)).isEmpty();
    }
}
