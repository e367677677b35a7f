package org.repatria.store.child;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.list.ListId;

/** A photograph of a child, without its bytes: which case, its type, caption, size, SHA-256, who added it and when. */
public record StoredPhoto(String id, ListId list, String rowId, String mediaType, String caption, int size,
                          String sha256, String addedBy, Instant at) {
    public StoredPhoto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(at, "at");
    }
}
