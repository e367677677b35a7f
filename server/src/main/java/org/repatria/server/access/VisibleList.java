package org.repatria.server.access;

import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.party.PartyId;

/** A list a reader may see, with the parties it was relayed to. */
public record VisibleList(ListHeader header, Set<PartyId> relayedTo) {
    public VisibleList {
        relayedTo = Set.copyOf(relayedTo);
    }

    /**
     * The recipients the reader may know of: all of them for the mediator and the author, otherwise
     * only the reader's own party (a recipient does not learn who else received the list).
     */
    public Set<PartyId> recipientsSeenBy(Account reader) {
        if (reader.role() == Role.MEDIATOR || header.author().equals(reader.party())) {
            return relayedTo;
        }
        return relayedTo.stream().filter(reader.party()::equals).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the reader's party wrote the list. */
    public boolean ownedBy(Account reader) {
        return header.author().equals(reader.party());
    }
}
