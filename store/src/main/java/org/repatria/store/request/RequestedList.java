package org.repatria.store.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

/**
 * A request list relayed to one requested party: a tracked request per row from {@code relayed} on.
 *
 * @param list      the request list
 * @param author    the requesting party (the list's author)
 * @param requested the party the mediator relayed it to
 * @param category  the list's category
 * @param rows      how many rows it requests
 * @param relayed   when the mediator relayed it to {@code requested}
 * @param deadline  the response deadline, if the mediator set one
 */
public record RequestedList(ListId list, PartyId author, PartyId requested, Category category, int rows, Instant relayed,
                            Optional<Deadline> deadline) {
    public RequestedList {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(deadline, "deadline");
    }
}
