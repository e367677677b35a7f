package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Texts signed before the plan's date existed still read, and render to the very bytes that were signed. */
class OldTextTest {
    /** An agreement text as signed before issue 17, byte for byte. */
    private static final String SIGNED_BEFORE = """
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
            """;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aTextWithoutAPlanDateReadsWithNone() {
        assertThat(AgreementText.parse(bytes(SIGNED_BEFORE)).deadlines().planBy()).isEmpty();
    }

    @Test
    void aTextWithoutAPlanDateRendersToTheSignedBytes() {
        assertThat(AgreementText.render(AgreementText.parse(bytes(SIGNED_BEFORE)))).isEqualTo(bytes(SIGNED_BEFORE));
    }

    @Test
    void aPlanDateIsWrittenBetweenNominationsAndCompletion() {
        String withPlan = SIGNED_BEFORE.replace("completed-by", "plan-by 2025-06-20\ncompleted-by");
        Agreement a = AgreementText.parse(bytes(withPlan));
        assertThat(a.deadlines().planBy()).contains(LocalDate.of(2025, 6, 20));
        assertThat(AgreementText.render(a)).isEqualTo(bytes(withPlan));
    }

    @Test
    void aPlanDateAfterCompletionIsRefusedNamingTheField() {
        String late = SIGNED_BEFORE.replace("completed-by", "plan-by 2025-10-01\ncompleted-by");
        assertThatThrownBy(() -> AgreementText.parse(bytes(late))).isInstanceOf(DeadlineException.class)
                .hasMessageStartingWith("the agreement text's completed-by is wrong: the exchange cannot be completed by"
                        + " 2025-09-30, before the plan is due on 2025-10-01");
    }

    @Test
    void aPlanDateAfterTheCompletionLineIsNotCanonical() {
        String misplaced = SIGNED_BEFORE + "plan-by 2025-06-20\n";
        assertThatThrownBy(() -> AgreementText.parse(bytes(misplaced))).isInstanceOf(AgreementException.class)
                .hasMessageContaining("line 16");
    }
}
