package org.repatria.store.exchange;

import java.time.Instant;
import org.repatria.core.party.PartyId;

/** A party's signature on a text both sides sign (subject "plan 2", "act 1"): the envelope id of its own document. */
public record Signature(String subject, PartyId party, String envelopeId, String by, Instant at) {
}
