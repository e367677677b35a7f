package org.repatria.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.Planner;
import org.repatria.core.tranche.Roster;
import org.repatria.core.tranche.Slot;
import org.repatria.core.tranche.Tranche;

class HandoverActTest {
    private static final Agreement TWO = Fixtures.fixed(2, 2);
    private static final Tranche TRANCHE = plan().tranche(1);

    private static Plan plan() {
        return Planner.plan(TWO, new Roster(UA, Fixtures.prisoners(UA, 1, 2), List.of()),
                new Roster(RU, Fixtures.prisoners(RU, 1, 2), List.of()),
                List.of(new Slot(LocalDate.of(2025, 6, 9), "Belarus-Ukraine border", Capacity.people(5, 0))));
    }

    private static Reconciliation direction(PartyId from, List<Presented> presented) {
        Manifest m = Manifest.of(TWO.id(), TRANCHE, from, TWO.counterpart(from));
        return Reconciliation.of(m, presented, String::equals, List.of());
    }

    private static Presented as(Nominee n, Interview interview) {
        return Presented.person(n.serviceNumber(), n.displayName(), interview);
    }

    private static HandoverAct act() {
        Nominee ua1 = Fixtures.prisoner(UA, 1, Health.FIT);
        Nominee ua2 = Fixtures.prisoner(UA, 2, Health.FIT);
        Nominee ru1 = Fixtures.prisoner(RU, 1, Health.FIT);
        Nominee ru2 = Fixtures.prisoner(RU, 2, Health.FIT);
        return HandoverAct.of(TWO, TRANCHE, List.of(
                direction(UA, List.of(as(ua1, Interview.CONSENTS), as(ua2, Interview.CONSENTS))),
                direction(RU, List.of(as(ru1, Interview.CONSENTS), as(ru2, Interview.REFUSES)))));
    }

    @Test
    void theActIsWrittenInEnglishUkrainianAndRussianLineByLine() {
        String ua = Fixtures.listOf(UA).toString();
        String ru = Fixtures.listOf(RU).toString();
        assertThat(new String(act().text(ActLanguage.UK), StandardCharsets.UTF_8)).isEqualTo("""
                HANDOVER ACT / АКТ ПЕРЕДАЧІ / АКТ ПЕРЕДАЧИ
                Agreement / Угода / Соглашение: ist-2025-pow (prisoners of war / військовополонені / военнопленные)
                Tranche / Етап / Этап: 1
                Date / Дата / Дата: 2025-06-09
                Crossing point / Пункт перетину / Пункт пересечения: Belarus-Ukraine border
                Parties / Сторони / Стороны: ua, ru
                Mediator / Посередник / Посредник: tr-mfa

                From ua to ru / Від ua до ru / От ua к ru
                Listed / У списку / В списке: 2
                Handed over / Передано / Передано: 2
                1. Prisoner ua 1 | UA-1 | %1$s/r1
                2. Prisoner ua 2 | UA-2 | %1$s/r2
                Discrepancies / Розбіжності / Расхождения: none / немає / нет

                From ru to ua / Від ru до ua / От ru к ua
                Listed / У списку / В списке: 2
                Handed over / Передано / Передано: 1
                1. Prisoner ru 1 | RU-1 | %2$s/r1
                Discrepancies / Розбіжності / Расхождения: 1
                - Refused repatriation after a private interview / Відмова від репатріації після бесіди наодинці / Отказ от репатриации после беседы наедине: Prisoner ru 2 | RU-2 | %2$s/r2

                Signatures / Підписи / Подписи: ua, ru, tr-mfa
                """.formatted(ua, ru));
    }

    @Test
    void theLanguageTheSidesChoseComesSecondAndTheThirdLast() {
        String text = new String(act().text(ActLanguage.RU), StandardCharsets.UTF_8);
        assertThat(text).startsWith("HANDOVER ACT / АКТ ПЕРЕДАЧИ / АКТ ПЕРЕДАЧІ\n").contains("From ru to ua / От ru к ua / Від ru до ua\n",
                "Refused repatriation after a private interview / Отказ от репатриации после беседы наедине / Відмова від"
                + " репатріації після бесіди наодинці: ");
    }

    @Test
    void theSameActGivesTheSameBytes() {
        assertThat(act().text(ActLanguage.UK)).isEqualTo(act().text(ActLanguage.UK));
    }

    @Test
    void theActSaysWhoActuallyCrossedEachWay() {
        assertThat(act().handedOverBy(RU)).containsExactly(Fixtures.prisoner(RU, 1, Health.FIT));
        assertThat(act().handedOverBy(UA)).hasSize(2);
        assertThat(act().discrepancies()).hasSize(1);
    }

    @Test
    void aManifestOfAnotherTrancheIsRefused() {
        Reconciliation other = Reconciliation.of(new Manifest(TWO.id(), 2, UA, RU, List.of()), List.of(), String::equals, List.of());
        assertThatThrownBy(() -> HandoverAct.of(TWO, TRANCHE, List.of(other))).isInstanceOf(HandoverException.class)
                .hasMessage("the manifest from ua is for agreement ist-2025-pow tranche 2, not agreement ist-2025-pow tranche 1");
    }

    @Test
    void theSameDirectionTwiceIsRefused() {
        Reconciliation ua = direction(UA, List.of());
        assertThatThrownBy(() -> HandoverAct.of(TWO, TRANCHE, List.of(ua, ua))).hasMessageEndingWith("or is given twice");
    }
}
