package org.repatria.store.request;

import java.time.Instant;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/** A reminder the mediator sent: its document's envelope id, the list, the party reminded, the note, who and when. */
public record StoredReminder(String envelopeId, ListId list, PartyId party, String note, String sentBy, Instant sent) {
}
