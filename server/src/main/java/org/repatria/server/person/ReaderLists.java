package org.repatria.server.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListId;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;

/**
 * The lists whose persons one reader may read, taken once per request: the lists {@link ListAccess} shows it, less
 * children's lists without the children permission ({@link ChildRecords#mayReadPersons}).
 */
final class ReaderLists {
    private final Map<ListId, VisibleList> readable = new HashMap<>();

    ReaderLists(Account reader, ListAccess access, ChildRecords children) {
        for (VisibleList v : access.visible(reader)) {
            if (children.mayReadPersons(reader, v.header())) {
                readable.put(v.header().id(), v);
            }
        }
    }

    Optional<VisibleList> get(ListId list) {
        return Optional.ofNullable(readable.get(list));
    }

    Optional<VisibleList> get(String list) {
        try {
            return get(ListId.parse(list));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
