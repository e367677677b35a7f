package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.UA;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Capacity;
import org.repatria.core.tranche.Planner;
import org.repatria.core.tranche.Roster;
import org.repatria.core.tranche.Slot;
import org.repatria.core.tranche.Tranche;

class ActLinesTest {
    private static final Agreement TWO = Fixtures.fixed(2, 2);
    private static final Tranche TRANCHE = Planner.plan(TWO, new Roster(UA, Fixtures.prisoners(UA, 1, 2), List.of()),
            new Roster(RU, Fixtures.prisoners(RU, 1, 2), List.of()),
            List.of(new Slot(LocalDate.of(2025, 6, 9), "Belarus-Ukraine border", Capacity.people(5, 0)))).tranche(1);

    private static Reconciliation direction(PartyId from, List<Presented> presented) {
        return Reconciliation.of(Manifest.of(TWO.id(), TRANCHE, from, TWO.counterpart(from)), presented, String::equals,
                List.of());
    }

    private static HandoverAct act() {
        Nominee ua1 = Fixtures.prisoner(UA, 1, Health.FIT);
        Nominee ru2 = Fixtures.prisoner(RU, 2, Health.FIT);
        return HandoverAct.of(TWO, TRANCHE, List.of(
                direction(UA, List.of(Presented.person(ua1.serviceNumber(), ua1.displayName(), Interview.CONSENTS))),
                direction(RU, List.of(Presented.person(ru2.serviceNumber(), ru2.displayName(), Interview.REFUSES)))));
    }

    @Test
    void theSignedLinesAreTheActsTextLineForLine() {
        for (ActLanguage language : ActLanguage.values()) {
            String joined = String.join("", act().lines(language).stream().map(l -> l.signed() + "\n").toList());
            assertThat(joined).isEqualTo(new String(act().text(language), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachColumnHoldsOneLanguagesWordsWithTheSameValues() {
        ActLine tranche = act().lines(ActLanguage.RU).get(2);
        assertThat(List.of(tranche.english(), tranche.ukrainian(), tranche.russian()))
                .containsExactly("Tranche: 1", "Етап: 1", "Этап: 1");
        ActLine agreement = act().lines(ActLanguage.UK).get(1);
        assertThat(agreement.russian()).isEqualTo("Соглашение: ist-2025-pow (военнопленные)");
    }

    @Test
    void aPersonLineAndABlankLineReadTheSameInEveryLanguage() {
        List<ActLine> lines = act().lines(ActLanguage.UK);
        assertThat(lines.get(7).blank()).isTrue();
        ActLine person = lines.stream().filter(l -> l.signed().startsWith("1. ")).findFirst().orElseThrow();
        assertThat(person.untranslated()).isTrue();
        assertThat(lines.getFirst().untranslated()).isFalse();
    }
}
