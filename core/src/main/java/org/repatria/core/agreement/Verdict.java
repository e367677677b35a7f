package org.repatria.core.agreement;

import org.repatria.core.words.Phrase;

/** Whether a nominee qualifies under an agreement's terms, and if not, why in words. */
public sealed interface Verdict {

    /** Qualifies; {@code exemptFromParity} when the terms exempt the nominee's state of health from parity. */
    record Eligible(boolean exemptFromParity) implements Verdict {
        @Override
        public String reason() {
            return exemptFromParity ? Phrase.ELIGIBLE_EXEMPT.english() : Phrase.ELIGIBLE.english();
        }
    }

    /** Does not qualify, for the reason given (e.g. "aged 17 on 2025-06-02; the terms ask 18 to 25"). */
    record Ineligible(String reason) implements Verdict {
    }

    /** Cannot be decided from what the list gives (e.g. "cannot be decided: birth date is year only"). */
    record Undecided(String reason) implements Verdict {
    }

    /** The verdict in words. */
    String reason();

    /** Whether the nominee may be placed in a tranche. */
    default boolean eligible() {
        return this instanceof Eligible;
    }
}
