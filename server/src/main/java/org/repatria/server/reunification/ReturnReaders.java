package org.repatria.server.reunification;

import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.exchange.Exchange;

/** Who reads a children's return's records: the agreement's mediator, and its sides' accounts that work children's cases. */
final class ReturnReaders {
    private ReturnReaders() {
    }

    /**
     * Whether {@code reader} is the mediator or a side of agreement {@code id} (false for anyone else who may see the
     * agreement); a side's account without the children permission is refused (403 {@code children_only}).
     */
    static boolean admits(Exchange exchange, ChildRecords children, Account reader, String id) {
        var agreement = exchange.agreement(reader, id);
        String p = reader.party().value();
        if (!p.equals(agreement.mediator()) && !p.equals(agreement.first()) && !p.equals(agreement.second())) {
            return false;
        }
        if (reader.role() != Role.MEDIATOR) {
            children.requireReader(reader);
        }
        return true;
    }
}
