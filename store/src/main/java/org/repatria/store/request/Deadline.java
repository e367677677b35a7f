package org.repatria.store.request;

import java.time.Instant;
import org.repatria.core.party.PartyId;

/** A request list's response deadline, who set it (account and party) and when. */
public record Deadline(Instant at, String setBy, PartyId party, Instant setAt) {
}
