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
import org.repatria.server.exchange.ServerNote;
import org.repatria.store.exchange.AgreementStep;

/** Every code the crossing pages show in words has its words in English, Ukrainian and Russian. */
class CrossingWordsTest {
    @Test
    void everyStateOutcomeBasisStepAndCustodyKindHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Text t = new Text(language);
            for (PersonState s : PersonState.values()) {
                assertThat(hasWords(t, "person", s.name())).as(language + " " + s).isTrue();
            }
            for (String outcome : outcomes()) {
                assertThat(CrossingWords.outcome(t, outcome)).as(outcome).isNotBlank().isNotEqualTo(outcome);
            }
            for (Basis b : Basis.values()) {
                assertThat(hasWords(t, "basis", b.name())).as(language + " " + b).isTrue();
            }
            for (AgreementStep.Kind k : AgreementStep.Kind.values()) {
                assertThat(hasWords(t, "step", k.name())).as(language + " " + k).isTrue();
            }
            for (CustodyStep.Kind k : CustodyStep.Kind.values()) {
                assertThat(hasWords(t, "custody", k.name())).as(language + " " + k).isTrue();
            }
        }
    }

    @Test
    void theCrossingSaysEachCodeInTheWordsEveryOtherPageUses() {
        Text uk = new Text(Language.UK);
        assertThat(CrossingWords.state(uk, "IN_TRANCHE")).isEqualTo(uk.term("person", "IN_TRANCHE"));
        assertThat(CrossingWords.outcome(uk, "HANDED_OVER")).isEqualTo(uk.term("person", "HANDED_OVER"));
        assertThat(CrossingWords.outcome(uk, "ABSENT")).isEqualTo(uk.term("discrepancy", "ABSENT"));
        assertThat(CrossingWords.basis(uk, "make_good")).isEqualTo(uk.term("basis", "MAKE_GOOD"));
    }

    @Test
    void everyNoteTheServerWritesIsSaidInTheReadersWords() {
        Text uk = new Text(Language.UK);
        assertThat(CrossingWords.note(uk, "handed over in tranche 2")).isEqualTo("передано в етапі 2");
        assertThat(CrossingWords.note(uk, "container C-1, wagon W-1")).isEqualTo("контейнер C-1, вагон W-1");
        assertThat(CrossingWords.note(uk, "Київ, морг")).isEqualTo("Київ, морг");
        assertThat(CrossingWords.note(uk, "nominated for ist-2025-05-pow")).isEqualTo("номіновано до угоди ist-2025-05-pow");
        assertThat(CrossingWords.note(new Text(Language.RU), "placed in plan 1")).isEqualTo("включён в план 1");
        for (Language language : Language.values()) {
            Text t = new Text(language);
            for (ServerNote note : ServerNote.values()) {
                assertThat(t.find("words.note." + note.name())).as(language + " " + note).isPresent();
            }
        }
    }

    @Test
    void theUkrainianAndRussianWordsForAStateAreNotTheEnglishOnes() {
        String english = CrossingWords.state(new Text(Language.EN), "REFUSED_REPATRIATION");
        assertThat(CrossingWords.state(new Text(Language.UK), "REFUSED_REPATRIATION")).isNotEqualTo(english);
        assertThat(CrossingWords.state(new Text(Language.RU), "REFUSED_REPATRIATION")).isNotEqualTo(english);
    }

    /** Whether {@code words.<family>.<code>} is in the bundle ({@link Text#term} would say a missing one as its code). */
    private static boolean hasWords(Text t, String family, String code) {
        return t.find("words." + family + "." + code).isPresent();
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
