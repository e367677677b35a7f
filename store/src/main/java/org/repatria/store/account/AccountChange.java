package org.repatria.store.account;

import java.time.Instant;
import java.util.Objects;
import org.repatria.core.account.AccountAction;
import org.repatria.core.party.PartyId;

/** One recorded change to an account: who did what to which account, when. */
public record AccountChange(Instant at, Actor actor, String username, PartyId party, AccountAction action) {
    public AccountChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(action, "action");
    }
}
