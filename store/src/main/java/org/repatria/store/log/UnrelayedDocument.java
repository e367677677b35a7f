package org.repatria.store.log;

import org.repatria.core.party.PartyId;

/** A submitted document the mediator has not relayed on the log: where its submission is, its envelope and author. */
public record UnrelayedDocument(long index, String envelopeId, String envelope, PartyId author) {
}
