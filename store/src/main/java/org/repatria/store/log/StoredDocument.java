package org.repatria.store.log;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/**
 * A submitted document: its envelope id, canonical envelope, author and bytes, the stored list whose canonical
 * bytes it is (a signed person list), if any, and the rows stored with its log entry (in the same transaction).
 */
public record StoredDocument(String envelopeId, String envelope, PartyId author, byte[] content, Optional<ListId> list,
        List<EntryRows> rows) {
    public StoredDocument {
        Objects.requireNonNull(list, "list");
        rows = List.copyOf(rows);
    }

    /** A document with no rows stored along. */
    public StoredDocument(String envelopeId, String envelope, PartyId author, byte[] content, Optional<ListId> list) {
        this(envelopeId, envelope, author, content, list, List.of());
    }

    /** A document that is not a stored list. */
    public StoredDocument(String envelopeId, String envelope, PartyId author, byte[] content) {
        this(envelopeId, envelope, author, content, Optional.empty());
    }
}
