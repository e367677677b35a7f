package org.repatria.store.exchange;

import java.time.Instant;

/** A tranche's handover act: its canonical text and the envelope id of the signed document on the log. */
public record StoredAct(int tranche, String envelopeId, String text, String by, Instant at) {
}
