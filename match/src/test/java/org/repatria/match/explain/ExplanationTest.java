package org.repatria.match.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.repatria.match.compare.Field;

class ExplanationTest {
    /** Prior −10, surname exact (+6.5), birth date different ({@code dateWeight}), other fields missing. */
    private static Explanation surnameExactDateDifferent(double dateWeight) {
        byte[] levels = new byte[Field.values().length];
        double[] weights = new double[Field.values().length];
        levels[Field.SURNAME.ordinal()] = 1;
        weights[Field.SURNAME.ordinal()] = 6.5;
        levels[Field.BIRTH_DATE.ordinal()] = (byte) Field.BIRTH_DATE.different();
        weights[Field.BIRTH_DATE.ordinal()] = dateWeight;
        return Explanation.of(-10, levels, weights);
    }
    @Test
    void contributionsAddUpToTheScore() {
        Explanation e = surnameExactDateDifferent(-3.0);

        assertThat(e.log2Odds()).isCloseTo(-6.5, Offset.offset(1e-9));
        assertThat(e.contributions()).hasSize(Field.values().length);
    }

    @Test
    void theTextNamesEachFieldItsLevelAndItsWeightLargestFirst() {
        String text = surnameExactDateDifferent(-9.0).text();

        assertThat(text).contains("surname      exact").contains("+6.5").contains("birth_date   different").contains("-9.0");
        assertThat(text.indexOf("birth_date")).isLessThan(text.indexOf("surname"));
    }
}
