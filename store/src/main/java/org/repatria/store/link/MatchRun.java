package org.repatria.store.link;

import java.time.Instant;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/** A match between two lists run by one party's account; {@code note} says why it failed (else ""). */
public record MatchRun(String id, PartyId party, ListId left, ListId right, String createdBy, Instant created,
                       State state, String note, long candidatePairs) {

    /** Where a run is: running in the background, done, or failed. */
    public enum State {
        RUNNING, DONE, FAILED
    }
}
