package org.repatria.store.genetic;

import java.time.Instant;
import org.repatria.core.party.PartyId;

/** A DNA case's header: whose it is, who loaded it and when, its size, and the state of its last search. */
public record GeneticCase(String id, PartyId party, String title, String createdBy, Instant created,
                          int remainsCount, int familyCount, SearchState search) {
}
