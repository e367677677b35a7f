package org.repatria.core.list;

import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.person.Category;

/**
 * Need to know, for lists: a party reads its own lists and those relayed to it; the mediator reads
 * everything that passes through it; an observer reads only what it was granted (relayed to it).
 * Children's lists are not shown to identification units, which deal with remains.
 */
public final class Visibility {
    private Visibility() {
    }

    /** Whether {@code reader} may read the rows of {@code list}, given the parties it was relayed to. */
    public static boolean canRead(Account reader, ListHeader list, Set<org.repatria.core.party.PartyId> relayedTo) {
        if (reader.role() == Role.MEDIATOR) {
            return true;
        }
        boolean ownOrRelayed = list.author().equals(reader.party()) || relayedTo.contains(reader.party());
        if (!ownOrRelayed) {
            return false;
        }
        return reader.role() != Role.IDENTIFICATION || list.category() == Category.REMAINS;
    }
}
