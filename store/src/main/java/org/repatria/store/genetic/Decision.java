package org.repatria.store.genetic;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/**
 * An identification decision on one remains sample of a case: confirmed or rejected, by whom, when, at
 * what log10 LR; optionally tied to a row of a list of the party (the request naming the missing person).
 */
public record Decision(String id, String caseId, PartyId party, StoredMatch pair, boolean confirmed, String decidedBy,
                       Instant at, Optional<ListId> list, Optional<String> rowId) {
}
