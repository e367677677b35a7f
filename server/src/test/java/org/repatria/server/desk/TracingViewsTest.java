package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.match.trace.Particular;
import org.repatria.match.trace.Reason;
import org.repatria.match.trace.Verdict;

class TracingViewsTest {
    private static final Reason SEX = new Reason(Particular.SEX, Verdict.AGREE, "same", "MALE", "MALE", 1.0);

    @Test
    void aCandidatesSexIsShownInTheReadersWordsNotAsItsCode() {
        assertThat(TracingViews.value(new Text(Language.RU), SEX, SEX.caseValue())).isEqualTo("М");
        assertThat(TracingViews.value(new Text(Language.UK), SEX, "FEMALE")).isEqualTo("Ж");
    }

    @Test
    void otherParticularsAreShownAsWritten() {
        Reason place = new Reason(Particular.BIRTH_PLACE, Verdict.AGREE, "same", "MALE", "м. Херсон", 7.0);

        assertThat(TracingViews.value(new Text(Language.RU), place, place.caseValue())).isEqualTo("MALE");
    }

    @Test
    void aConfirmedLinksLabelNamesItsSourceInTheReadersWords() {
        String label = "Нестеренко Дмитрий Павлович, 2008-05-13 (answer 948f0154-7caa-42c3-b68c-71006020ba99 row UA-CH-00009)";

        String shown = TracingViews.linkLabel(new Text(Language.UK), label);

        assertThat(shown).startsWith("Нестеренко Дмитрий Павлович, 2008-05-13 · ")
                .contains(new Text(Language.UK).get(TracingViews.SOURCE + "answer"))
                .endsWith(new Text(Language.UK).get("tracing.row") + " UA-CH-00009").doesNotContain("answer").doesNotContain(" row ");
    }
}
