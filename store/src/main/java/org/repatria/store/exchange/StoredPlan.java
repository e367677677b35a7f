package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;

/** A version of an agreement's tranche plan: its canonical text and, once accepted, its signed document's envelope id. */
public record StoredPlan(int number, String text, Optional<String> envelopeId, String by, Instant at) {
}
