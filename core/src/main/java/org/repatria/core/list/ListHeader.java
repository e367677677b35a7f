package org.repatria.core.list;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

/** What is known about a list without reading its rows; safe to show in listings. */
public record ListHeader(ListId id, PartyId author, ListPurpose purpose, Category category,
                         String title, Instant created, int rowCount) {
    public ListHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(created, "created");
        title = Objects.requireNonNullElse(title, "").strip();
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount < 0");
        }
    }
}
