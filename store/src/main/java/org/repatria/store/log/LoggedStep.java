package org.repatria.store.log;

import java.util.Optional;
import org.repatria.core.party.PartyId;

/**
 * One entry of the log as a step on a document: its index, the envelope, the kind (submitted, relayed, acknowledged...)
 * and the signing party; for a submission, the document's canonical envelope text.
 */
public record LoggedStep(long index, String envelopeId, String kind, PartyId signer, Optional<String> envelope) {
}
