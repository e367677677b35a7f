package org.repatria.store.request;

import java.time.Instant;
import org.repatria.core.request.RowAnswer;

/** An answer as kept: what it says, the envelope id of the answers document that gave it, when it was submitted. */
public record StoredAnswer(RowAnswer answer, String envelopeId, Instant submitted) {
}
