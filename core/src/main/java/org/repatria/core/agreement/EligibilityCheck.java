package org.repatria.core.agreement;

/** The rules behind {@link Eligibility#check}. */
final class EligibilityCheck {
    private EligibilityCheck() {
    }

    static Verdict verdict(Terms terms, Nominee nominee) {
        throw new UnsupportedOperationException("eligibility check not written yet");
    }
}
