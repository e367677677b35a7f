package org.repatria.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.store.StoreException;
import org.repatria.store.internal.account.AccountChangeRows;
import org.repatria.store.internal.engine.Database;

/**
 * Where each account stands (disabled, password change due, epoch of its credentials) and the changes to it: each
 * change and its record are written in one transaction, so no change goes unrecorded (docs/decisions/0182).
 */
public final class Standings {
    private static final String SELECT = "SELECT username, display_name, party_id, role, disabled, password_change_due,"
            + " credentials_epoch FROM accounts";
    private final Database db;

    /** The repository over {@code db}. */
    public Standings(Database db) {
        this.db = db;
    }

    /** The account with this username and where it stands, if stored. */
    public Optional<Standing> of(String username) {
        return db.read("read the standing of account " + username, h -> h.createQuery(SELECT + " WHERE username = ?")
                .bind(0, username).map((rs, ctx) -> read(rs)).findOne());
    }

    /** Every account of a party and where it stands, by username. */
    public List<Standing> ofParty(PartyId party) {
        return db.read("read the accounts of party " + party, h -> h.createQuery(SELECT
                        + " WHERE party_id = ? ORDER BY username").bind(0, party.value()).map((rs, ctx) -> read(rs)).list());
    }

    /**
     * Disables the account or enables it again; either way its bearer tokens end and its credentials' epoch grows, so
     * its open desk sessions end. Recorded. False (nothing changed, nothing recorded) when it already stood so.
     *
     * @throws StoreException when no account has this username
     */
    public boolean setDisabled(String username, boolean disabled, Actor by, Instant at) {
        return db.write((disabled ? "disable" : "enable") + " account " + username, h -> {
            Standing s = existing(h, username);
            if (s.disabled() == disabled) {
                return false;
            }
            h.createUpdate("UPDATE accounts SET disabled = ?, credentials_epoch = credentials_epoch + 1 WHERE username = ?")
                    .bind(0, disabled ? 1 : 0).bind(1, username).execute();
            endTokens(h, username);
            AccountChangeRows.insert(h, new AccountChange(at, by, username, s.account().party(),
                    disabled ? AccountAction.DISABLED : AccountAction.ENABLED));
            return true;
        });
    }

    /**
     * Replaces the account's password hash; {@code changeDue} makes it a one-time password that must be changed at the
     * next sign-in. Its bearer tokens end and its credentials' epoch grows, so its open desk sessions end. Recorded as
     * {@code action}.
     *
     * @throws StoreException when no account has this username
     */
    public void setPassword(String username, String passwordHash, boolean changeDue, AccountAction action, Actor by,
                            Instant at) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("account " + username + " needs a password hash");
        }
        db.write("set the password of account " + username, h -> {
            Standing s = existing(h, username);
            h.createUpdate("UPDATE accounts SET password_hash = ?, password_change_due = ?,"
                            + " credentials_epoch = credentials_epoch + 1 WHERE username = ?")
                    .bind(0, passwordHash).bind(1, changeDue ? 1 : 0).bind(2, username).execute();
            endTokens(h, username);
            AccountChangeRows.insert(h, new AccountChange(at, by, username, s.account().party(), action));
            return null;
        });
    }

    private static Standing existing(Handle h, String username) {
        return h.createQuery(SELECT + " WHERE username = ?").bind(0, username).map((rs, ctx) -> read(rs)).findOne()
                .orElseThrow(() -> new StoreException("no account " + username + "; check the username with 'repatria account list'"));
    }

    private static void endTokens(Handle h, String username) {
        h.createUpdate("DELETE FROM tokens WHERE username = ?").bind(0, username).execute();
    }

    private static Standing read(ResultSet rs) throws SQLException {
        Account a = new Account(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)), Role.valueOf(rs.getString(4)));
        return new Standing(a, rs.getInt(5) != 0, rs.getInt(6) != 0, rs.getLong(7));
    }
}
