package org.repatria.server.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Health;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.server.exchange.AgreementOutline;
import org.repatria.server.figures.FigureMessages.ParityLine;
import org.repatria.server.figures.FigureMessages.TrancheLine;
import org.repatria.store.figures.HandedOver;

/** Parity with the exempt apart, by each exchange's own terms, and the running totals across exchanges (0180). */
class ParityAndTotalsTest {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final Instant MAY = Instant.parse("2025-05-23T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2025-06-11T10:00:00Z");

    @Test
    void theSeriouslyWoundedAreExemptWhereTheTermsSaySoAndCountedWhereTheyDoNot() {
        Map<String, AgreementOutline> agreements = Map.of(
                "may", new AgreementOutline("may", AgreementKind.PRISONERS, UA, RU, true, Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)),
                "june", new AgreementOutline("june", AgreementKind.PRISONERS, UA, RU, true, Set.of()));
        List<HandedOver> handed = List.of(line("may", 1, UA, "fit", 10, MAY), line("may", 1, UA, "seriously-wounded-or-sick", 3, MAY),
                line("may", 1, RU, "fit", 12, MAY), line("june", 1, UA, "seriously-wounded-or-sick", 2, JUNE));

        assertThat(Figures.parity(agreements, handed)).containsExactly(new ParityLine("june", "ua", 2, 0),
                new ParityLine("june", "ru", 0, 0), new ParityLine("may", "ua", 13, 3), new ParityLine("may", "ru", 12, 0));
    }

    @Test
    void anExchangeNotYetAcceptedOrOfRemainsHasNoParityLine() {
        Map<String, AgreementOutline> agreements = Map.of(
                "proposed", new AgreementOutline("proposed", AgreementKind.PRISONERS, UA, RU, false, Set.of()),
                "remains", new AgreementOutline("remains", AgreementKind.REMAINS, UA, RU, true, Set.of()));

        assertThat(Figures.parity(agreements, List.of(line("remains", 1, RU, "not-applicable", 303, JUNE)))).isEmpty();
    }

    @Test
    void theRunningTotalOfASideAndCategoryAddsItsTranchesAcrossExchangesInTheOrderTheyCrossed() {
        List<HandedOver> handed = List.of(line("june", 1, UA, "fit", 5, JUNE), line("may", 2, UA, "fit", 7,
                MAY.plusSeconds(86_400)), line("may", 1, UA, "fit", 10, MAY), line("may", 1, UA, "wounded", 1, MAY),
                line("may", 1, RU, "fit", 11, MAY));

        assertThat(Figures.tranches(handed)).extracting(TrancheLine::agreement, TrancheLine::tranche, TrancheLine::side,
                TrancheLine::persons, TrancheLine::cumulative).containsExactly(
                org.assertj.core.groups.Tuple.tuple("may", 1, "ru", 11L, 11L),
                org.assertj.core.groups.Tuple.tuple("may", 1, "ua", 11L, 11L),
                org.assertj.core.groups.Tuple.tuple("may", 2, "ua", 7L, 18L),
                org.assertj.core.groups.Tuple.tuple("june", 1, "ua", 5L, 23L));
    }

    private static HandedOver line(String agreement, int tranche, PartyId side, String health, long persons, Instant at) {
        return new HandedOver(agreement, tranche, side, Category.POW, Optional.of(health), persons, at);
    }
}
