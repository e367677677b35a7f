package org.repatria.store.child;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/**
 * One recorded read of a child's record: who read it (account, party, role), which record (the list, its author and
 * the row, or the whole list), what was read and when.
 */
public record ChildRead(String id, Instant at, String username, PartyId party, Role role, ListId list,
                        PartyId listAuthor, Optional<String> rowId, RecordPart what) {
    public ChildRead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listAuthor, "listAuthor");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(what, "what");
    }
}
