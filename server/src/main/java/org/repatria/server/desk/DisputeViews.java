package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of the dispute pages ({@code disputes.jte} and the {@code thread.jte} part other pages show). */
final class DisputeViews {
    private DisputeViews() {
    }

    /**
     * The thread about one document: the document's line ({@code about}), its envelope id, the disputes and answers,
     * where the caller's dispute form posts when it may raise one ({@code raise}), the form's values kept after a
     * refusal, and why the last step was refused.
     */
    record Thread(Page page, String about, String envelopeId, List<Raised> disputes, Optional<String> raise,
                  String subject, String text, Optional<NegotiationViews.Problem> problem) {
    }

    /** A dispute, its answers, and where the caller's answer form posts when it may answer ({@code answer}). */
    record Raised(Said dispute, List<Said> answers, Optional<String> answer) {
    }

    /**
     * A dispute or answer: who said it to whom and when ({@code heading}), its envelope id, subject and text when the
     * reader may read them, and its steps on the log with their checked receipts.
     */
    record Said(String heading, String envelopeId, Optional<String> subject, Optional<String> text, List<Views.Step> trail) {
    }
}
