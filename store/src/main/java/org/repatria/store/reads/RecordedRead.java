package org.repatria.store.reads;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One read as recorded: its place in the chain ({@code seq}, from 1), when, who (account, party, role), what (the kind,
 * the route or export, the ids read), how many rows, and whether it counts as a mass read.
 */
public record RecordedRead(long seq, Instant at, String username, String party, String role, ReadKind kind, String what,
                           List<String> ids, int rows, boolean mass) {
    public RecordedRead {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        ids = List.copyOf(ids);
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0");
        }
    }
}
