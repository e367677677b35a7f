package org.repatria.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.ActLine;
import org.repatria.core.party.PartyId;

/** The counts' section printed in three columns (docs/decisions/0177): the same lines as signed, one language each. */
class CountSectionLinesTest {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");

    private static Tally.Line line() {
        List<Count> counts = List.of(Count.of("a", 1, Stage.DECLARED, UA, 1212, 1212),
                Count.of("a", 1, Stage.MORGUE, RU, 1211, 1212));
        return new Tally(counts, List.of(new BagFinding.PartOf(1, "bag 17", "bag 16"))).lines(List.of()).getFirst();
    }

    @Test
    void theSignedLinesAreTheSectionsTextLineForLine() {
        String joined = String.join("", CountSection.lines(line(), ActLanguage.UK).stream().map(l -> l.signed() + "\n")
                .toList());

        assertThat(joined).isEqualTo(new String(CountSection.render(line(), ActLanguage.UK), StandardCharsets.UTF_8));
    }

    @Test
    void theSectionStartsWithABlankLineAndItsHeadingInEachLanguage() {
        List<ActLine> lines = CountSection.lines(line(), ActLanguage.RU);

        assertThat(lines.getFirst().blank()).isTrue();
        assertThat(List.of(lines.get(1).english(), lines.get(1).ukrainian(), lines.get(1).russian()))
                .containsExactly("Counts:", "Підрахунки:", "Подсчёты:");
    }

    @Test
    void aTrancheWithoutCountsHasNoLines() {
        Tally.Line none = new Tally(List.of(Count.of("a", 2, Stage.DECLARED, UA, 1, 1)), List.of()).lines(List.of(1))
                .stream().filter(l -> l.tranche() == 1).findFirst().orElseThrow();

        assertThat(CountSection.lines(none, ActLanguage.UK)).isEmpty();
    }
}
