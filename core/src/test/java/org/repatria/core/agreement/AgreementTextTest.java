package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTextTest {

    private static String text(Agreement a) {
        return new String(AgreementText.render(a), StandardCharsets.US_ASCII);
    }

    @Test
    void fixedCountsAreWrittenLineByLineInTheFixedOrder() {
        assertThat(text(Fixtures.fixed(1000, 1000))).isEqualTo("""
                repatria-agreement v1
                id ist-2025-pow
                kind prisoners
                first ua
                second ru
                mediator tr-mfa
                terms fixed-counts
                first-gives 1000
                second-gives 1000
                categories pow
                health fit,wounded,seriously-wounded-or-sick,not-applicable
                age any
                exempt seriously-wounded-or-sick
                nominations-by 2025-06-05
                completed-by 2025-09-30
                """);
    }

    @Test
    void everyShapeOfTermsReadsBackEqual() {
        for (Agreement a : List.of(Fixtures.fixed(1000, 500), Fixtures.allForAll(), Fixtures.bodies(6000))) {
            assertThat(AgreementText.parse(AgreementText.render(a))).isEqualTo(a);
        }
    }

    @Test
    void allForAllWritesTheAgeRangeAndItsDate() {
        assertThat(text(Fixtures.allForAll())).contains("terms all-for-all\n", "age 18-25 on 2025-06-02\n",
                "health fit,wounded\n");
    }

    @Test
    void oneWayWritesItsSideAndCountAndNoExemption() {
        assertThat(text(Fixtures.bodies(6000))).contains("terms one-way\nfrom ru\ncount 6000\n").doesNotContain("exempt");
    }

    @Test
    void aMisspelledKeyIsRefusedNamingTheLine() {
        byte[] bad = text(Fixtures.fixed(5, 5)).replace("kind ", "knd ").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AgreementText.parse(bad)).isInstanceOf(AgreementException.class)
                .hasMessage("line 3 of the agreement text is \"knd prisoners\", expected \"kind <value>\"");
    }

    @Test
    void aBadNumberIsRefusedNamingTheLineAndField() {
        byte[] bad = text(Fixtures.fixed(5, 5)).replace("first-gives 5", "first-gives five").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AgreementText.parse(bad)).hasMessageStartingWith(
                "line 8 of the agreement text has a bad first-gives \"five\"");
    }

    @Test
    void aNonCanonicalSpellingIsRefusedEvenWhenItMeansTheSame() {
        byte[] padded = text(Fixtures.fixed(5, 5)).replace("first-gives 5", "first-gives 05").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AgreementText.parse(padded)).hasMessageStartingWith("the agreement text is not in canonical form");
    }

    @Test
    void extraLinesAreRefused() {
        byte[] longer = (text(Fixtures.fixed(5, 5)) + "note hi\n").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AgreementText.parse(longer)).hasMessage(
                "line 16 of the agreement text is unexpected: the agreement ends after line 15");
    }

    @Test
    void nonAsciiIsRefusedWithItsOffset() {
        byte[] cyrillic = "repatria-agreement v1\nid Ж\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AgreementText.parse(cyrillic)).hasMessageContaining("at offset 25");
    }

    @Test
    void aTransferFromAThirdPartyIsRefused() {
        byte[] bad = text(Fixtures.bodies(10)).replace("from ru", "from by").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AgreementText.parse(bad)).hasMessageContaining("transfers from by, who is not a party to it");
    }
}
