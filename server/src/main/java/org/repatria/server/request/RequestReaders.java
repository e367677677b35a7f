package org.repatria.server.request;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.request.RequestedList;
import org.repatria.store.request.View;

/**
 * Need to know for requests (docs/decisions/0146): the mediator sees every request as submitted; a requested party its
 * own requests as it submitted them; the requesting side (the list's author) its lists as relayed to it; an observer
 * every request's counts as relayed, never its rows; an identification unit none. A request the reader may not see is
 * reported like one that does not exist (404).
 */
final class RequestReaders {
    private final Store store;

    RequestReaders(Store store) {
        this.store = store;
    }

    /** A request the reader sees, in the view it sees it in, and whether the reader may read its rows at all. */
    record Seen(RequestedList request, View view, boolean rows) {
    }

    /** Every request the reader sees. */
    List<Seen> visible(Account reader) {
        return store.requests().requested().stream().flatMap(r -> seen(reader, r).stream()).toList();
    }

    /**
     * The request of list {@code rawId} the reader sees, for requested party {@code party} (empty: the reader's own party
     * when it is requested, else the first); 400 for a malformed id, 404 when there is none the reader may see.
     */
    Seen require(Account reader, String rawId, Optional<String> party) {
        ListId id = listId(rawId);
        List<Seen> seen = store.requests().requested(id).stream().flatMap(r -> seen(reader, r).stream()).toList();
        HttpProblem none = HttpProblem.notFound("no request list " + id + " that you may see (a request list exists once"
                + " the mediator relayed it)");
        if (party.isPresent()) {
            return seen.stream().filter(s -> s.request().requested().value().equals(party.get())).findFirst()
                    .orElseThrow(() -> none);
        }
        return seen.stream().filter(s -> s.request().requested().equals(reader.party())).findFirst()
                .or(() -> seen.stream().findFirst()).orElseThrow(() -> none);
    }

    static ListId listId(String rawId) {
        try {
            return ListId.parse(rawId);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("id", "is not a list id (a UUID)");
        }
    }

    private static Optional<Seen> seen(Account reader, RequestedList r) {
        PartyId party = reader.party();
        return switch (reader.role()) {
            case MEDIATOR -> Optional.of(new Seen(r, View.SUBMITTED, true));
            case PARTY_DESK -> r.requested().equals(party) ? Optional.of(new Seen(r, View.SUBMITTED, true))
                    : r.author().equals(party) ? Optional.of(new Seen(r, View.SHOWN, true)) : Optional.empty();
            case OBSERVER -> Optional.of(new Seen(r, View.SHOWN, false));
            case IDENTIFICATION -> Optional.empty();
        };
    }

    /** Whether the reader is the mediator. */
    static boolean mediator(Account reader) {
        return reader.role() == Role.MEDIATOR;
    }
}
