package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.repatria.core.handover.CustodyStep;
import org.repatria.core.handover.Discrepancy;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.tranche.Basis;
import org.repatria.store.exchange.AgreementStep;

/** Every code the crossing pages show in words has its words in English, Ukrainian and Russian. */
class CrossingWordsTest {
    @Test
    void everyStateOutcomeBasisStepAndCustodyKindHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Text t = new Text(language);
            for (PersonState s : PersonState.values()) {
                assertThat(CrossingWords.state(t, s.name())).isNotBlank();
            }
            for (String outcome : outcomes()) {
                assertThat(CrossingWords.outcome(t, outcome)).as(outcome).isNotBlank();
            }
            for (Basis b : Basis.values()) {
                assertThat(CrossingWords.basis(t, b.name().toLowerCase(Locale.ROOT))).isNotBlank();
            }
            for (AgreementStep.Kind k : AgreementStep.Kind.values()) {
                assertThat(CrossingWords.step(t, k.name())).isNotBlank();
            }
            for (CustodyStep.Kind k : CustodyStep.Kind.values()) {
                assertThat(CrossingWords.custody(t, k.name())).isNotBlank();
            }
        }
    }

    @Test
    void theUkrainianAndRussianWordsForAStateAreNotTheEnglishOnes() {
        String english = CrossingWords.state(new Text(Language.EN), "REFUSED_REPATRIATION");
        assertThat(CrossingWords.state(new Text(Language.UK), "REFUSED_REPATRIATION")).isNotEqualTo(english);
        assertThat(CrossingWords.state(new Text(Language.RU), "REFUSED_REPATRIATION")).isNotEqualTo(english);
    }

    /** Every discrepancy kind (NotOnManifest is stored as NOT_ON_MANIFEST), and the outcomes that are none. */
    private static List<String> outcomes() {
        List<String> out = new ArrayList<>(List.of("HANDED_OVER", "NOT_RECORDED"));
        for (Class<?> kind : Discrepancy.class.getPermittedSubclasses()) {
            out.add(kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
