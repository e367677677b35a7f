package org.repatria.store.party;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.repatria.core.account.Permission;
import org.repatria.core.party.PartyId;
import org.repatria.store.StoreException;
import org.repatria.store.account.AccountChange;
import org.repatria.store.internal.account.AccountChangeRows;
import org.repatria.store.internal.engine.Database;

/** What each account was granted beyond its role (docs/decisions/0147): who works children's cases, who supervises. */
public final class Permissions {
    private final Database db;

    /** The repository over {@code db}. */
    public Permissions(Database db) {
        this.db = db;
    }

    /** The permissions of this account; none when it has none or does not exist. */
    public Set<Permission> of(String username) {
        List<String> names = db.read("read the permissions of " + username, h -> h
                .createQuery("SELECT permission FROM account_permissions WHERE username = ?")
                .bind(0, username).mapTo(String.class).list());
        Set<Permission> found = EnumSet.noneOf(Permission.class);
        names.forEach(n -> Permission.ofToken(n).ifPresent(found::add));
        return found;
    }

    /** Grants a permission; granting it twice is harmless. Refused ({@link StoreException}) for an unknown account. */
    public void grant(String username, Permission permission) {
        db.write("grant " + permission.token() + " to " + username, h -> grant(h, username, permission));
    }

    /**
     * Grants a permission and records {@code change} with it, in one transaction: both are stored or neither. Granting
     * it twice changes and records nothing. Whether the account did not have it before.
     */
    public boolean grant(String username, Permission permission, AccountChange change) {
        return recorded("grant " + permission.token() + " to " + username, change, h -> grant(h, username, permission));
    }

    /** Takes a permission back; nothing happens when the account did not have it. */
    public void revoke(String username, Permission permission) {
        db.write("revoke " + permission.token() + " from " + username, h -> revoke(h, username, permission));
    }

    /**
     * Takes a permission back and records {@code change} with it, in one transaction; nothing is recorded when the
     * account did not have it. Whether it had.
     */
    public boolean revoke(String username, Permission permission, AccountChange change) {
        return recorded("revoke " + permission.token() + " from " + username, change, h -> revoke(h, username, permission));
    }

    // The change and, when it changed anything, its record: one transaction.
    private boolean recorded(String what, AccountChange change, HandleCallback<Boolean, RuntimeException> step) {
        return db.write(what + " and record it", h -> {
            boolean changed = step.withHandle(h);
            if (changed) {
                AccountChangeRows.insert(h, change);
            }
            return changed;
        });
    }

    private static boolean grant(Handle h, String username, Permission permission) {
        if (h.createQuery("SELECT 1 FROM accounts WHERE username = ?").bind(0, username).mapTo(Integer.class).findOne().isEmpty()) {
            throw new StoreException("no account " + username + "; add the account before granting it a permission");
        }
        if (h.createQuery("SELECT 1 FROM account_permissions WHERE username = ? AND permission = ?")
                .bind(0, username).bind(1, permission.name()).mapTo(Integer.class).findOne().isPresent()) {
            return false;
        }
        return h.createUpdate("INSERT INTO account_permissions (username, permission) VALUES (?, ?)")
                .bind(0, username).bind(1, permission.name()).execute() > 0;
    }

    private static boolean revoke(Handle h, String username, Permission permission) {
        return h.createUpdate("DELETE FROM account_permissions WHERE username = ? AND permission = ?")
                .bind(0, username).bind(1, permission.name()).execute() > 0;
    }

    /** Every account of a party with the permissions it holds (none for most), by username. */
    public Map<String, Set<Permission>> ofParty(PartyId party) {
        Map<String, Set<Permission>> out = new TreeMap<>();
        db.read("read the permissions of party " + party, h -> h
                .createQuery("SELECT a.username, p.permission FROM accounts a LEFT JOIN account_permissions p"
                        + " ON p.username = a.username WHERE a.party_id = ? ORDER BY a.username")
                .bind(0, party.value()).map((rs, ctx) -> {
                    Set<Permission> held = out.computeIfAbsent(rs.getString(1), u -> EnumSet.noneOf(Permission.class));
                    Permission.ofToken(rs.getString(2)).ifPresent(held::add);
                    return 0;
                }).list());
        return out;
    }
}
