package org.repatria.store.child;

import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/**
 * Which recorded reads to return: those a supervisor may see ({@code scope}: reads by the party's accounts or of its
 * own lists; empty for the mediator, who sees all), optionally narrowed to one reader, one list or one part, a page of
 * them newest first.
 */
public record ReadQuery(Optional<PartyId> scope, Optional<String> username, Optional<ListId> list,
                        Optional<RecordPart> what, int offset, int limit) {
    /** The most rows one page returns. */
    public static final int MAX_LIMIT = 1000;

    public ReadQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
