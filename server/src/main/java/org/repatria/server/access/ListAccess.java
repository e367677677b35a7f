package org.repatria.server.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.core.list.Visibility;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.list.Lists;

/**
 * Need to know for lists, applied to what the store holds. A list the reader may not see is
 * reported exactly like a list that does not exist (404), so its existence is not disclosed.
 */
public final class ListAccess {
    private final Lists lists;

    public ListAccess(Lists lists) {
        this.lists = lists;
    }

    /** A list the reader may read; empty when it does not exist or is hidden from the reader. */
    public Optional<VisibleList> readable(Account reader, ListId id) {
        return lists.header(id).map(h -> new VisibleList(h, lists.relayedTo(id)))
                .filter(v -> Visibility.canRead(reader, v.header(), v.relayedTo()));
    }

    /**
     * The list named by {@code rawId} (a path parameter) if the reader may read it.
     *
     * @throws HttpProblem 400 when the id is malformed, 404 when the list is absent or hidden
     */
    public VisibleList require(Account reader, String rawId) {
        ListId id;
        try {
            id = ListId.parse(rawId);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("id", "is not a list id (a UUID)");
        }
        return readable(reader, id).orElseThrow(() -> HttpProblem.notFound("no list " + id + " that you may read"));
    }

    /** Which lists are signed documents on the log; only meaningful intersected with what a reader sees. */
    public Set<ListId> signed() {
        return lists.signedIds();
    }

    /** Every list the reader may read, newest first. */
    public List<VisibleList> visible(Account reader) {
        return lists.headers().stream()
                .map(h -> new VisibleList(h, lists.relayedTo(h.id())))
                .filter(v -> Visibility.canRead(reader, v.header(), v.relayedTo()))
                .toList();
    }
}
