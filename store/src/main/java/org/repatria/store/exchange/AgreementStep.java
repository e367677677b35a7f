package org.repatria.store.exchange;

import java.time.Instant;
import org.repatria.core.party.PartyId;

/** One move of the negotiation: a proposal, a counter-proposal or the acceptance, as a signed document on the log. */
public record AgreementStep(int number, Kind kind, PartyId party, String envelopeId, String text, String by, Instant at) {

    /** What the step does. */
    public enum Kind {
        PROPOSAL, COUNTER, ACCEPTANCE
    }
}
