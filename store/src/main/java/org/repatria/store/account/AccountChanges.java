package org.repatria.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.AccountAction;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/**
 * The record of changes to accounts (docs/decisions/0182), written by {@link Standings} and by
 * {@link org.repatria.store.party.Permissions} with each change, in its transaction. Not trimmed:
 * a change is an administrator's deliberate step, so the record grows with the administrators' work, not with traffic.
 */
public final class AccountChanges {
    /** The most changes one read returns. */
    public static final int MAX_PAGE = 500;
    private static final String SELECT = "SELECT at_sec, at_nano, actor, actor_party, username, party_id, action"
            + " FROM account_changes";
    private static final String NEWEST = " ORDER BY at_sec DESC, at_nano DESC, id DESC LIMIT ";
    private final Database db;

    /** The repository over {@code db}. */
    public AccountChanges(Database db) {
        this.db = db;
    }

    /** The newest changes to the accounts of a party, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    public List<AccountChange> ofParty(PartyId party, int limit) {
        return db.read("read the changes to the accounts of " + party, h -> h.createQuery(SELECT
                        + " WHERE party_id = ?" + NEWEST + bounded(limit)).bind(0, party.value())
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The newest changes to one account, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    public List<AccountChange> of(String username, int limit) {
        return db.read("read the changes to account " + username, h -> h.createQuery(SELECT
                        + " WHERE username = ?" + NEWEST + bounded(limit)).bind(0, username)
                .map((rs, ctx) -> read(rs)).list());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static AccountChange read(ResultSet rs) throws SQLException {
        String actorParty = rs.getString(4);
        return new AccountChange(Instant.ofEpochSecond(rs.getLong(1), rs.getInt(2)),
                new Actor(rs.getString(3), actorParty.isEmpty() ? Optional.empty() : Optional.of(new PartyId(actorParty))),
                rs.getString(5), new PartyId(rs.getString(6)), AccountAction.valueOf(rs.getString(7)));
    }
}
