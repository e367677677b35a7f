package org.repatria.store.internal.account;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;
import org.repatria.store.account.AccountChange;

/** Writes one row of the record of account changes on a handle, so a change and its record share one transaction. */
public final class AccountChangeRows {
    private AccountChangeRows() {
    }

    /** Inserts {@code c} on {@code h}, within whatever transaction {@code h} is in. */
    public static void insert(Handle h, AccountChange c) {
        h.createUpdate("INSERT INTO account_changes (id, at_sec, at_nano, actor, actor_party, username, party_id, action)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, UUID.randomUUID().toString()).bind(1, c.at().getEpochSecond()).bind(2, c.at().getNano())
                .bind(3, c.actor().name()).bind(4, c.actor().party().map(PartyId::value).orElse(""))
                .bind(5, c.username()).bind(6, c.party().value()).bind(7, c.action().name()).execute();
    }
}
