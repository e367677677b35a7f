package org.repatria.server.child;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.account.AccountChange;
import org.repatria.store.account.Actor;

/**
 * A party's supervisor grants and revokes its own accounts' permissions (docs/decisions/0147): who works children's
 * cases, who supervises. Only a party desk's account may work children's cases; the mediator reads them anyway.
 */
public final class PermissionGrants {
    private final Store store;
    private final ChildRecords records;
    private final Clock clock;

    /** Grants kept in {@code store}; supervisors told apart by {@code records}; changes recorded at {@code clock}'s time. */
    public PermissionGrants(Store store, ChildRecords records, Clock clock) {
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /** A supervisor: its party's accounts with their permissions; any other account: its own. */
    public Map<String, Set<Permission>> ofParty(Account reader) {
        if (!records.supervises(reader)) {
            return Map.of(reader.username(), store.permissions().of(reader.username()));
        }
        return store.permissions().ofParty(reader.party());
    }

    /**
     * Grants {@code rawPermission} to the account named {@code username} of the supervisor's own party.
     *
     * @throws HttpProblem 403 {@code supervisors_only}; 404 for an account of another party or none; 400 for an unknown
     *     permission; 422 {@code permission_role} when only a party desk may hold it
     */
    public Set<Permission> grant(Account supervisor, String username, String rawPermission) {
        Permission p = permission(rawPermission);
        Account target = target(supervisor, username);
        if (p == Permission.CHILDREN && target.role() != Role.PARTY_DESK) {
            throw HttpProblem.unprocessable("permission_role", "account " + username + " has role "
                    + target.role().name().toLowerCase(java.util.Locale.ROOT) + "; only a party desk's account works"
                    + " children's cases (observers and identification units never read them, the mediator reads them"
                    + " as it relays them)");
        }
        if (p == Permission.SUPERVISOR && target.role() == Role.OBSERVER) {
            throw HttpProblem.unprocessable("permission_role", "an observer's account does not supervise");
        }
        // Issue 17: every change recorded (0182), in the same transaction as the change.
        store.permissions().grant(target.username(), p, change(supervisor, target, AccountAction.ofPermission(p, true)));
        return store.permissions().of(target.username());
    }

    /** Revokes a permission of an account of the supervisor's own party; revoking one not held is harmless. */
    public Set<Permission> revoke(Account supervisor, String username, String rawPermission) {
        Permission p = permission(rawPermission);
        Account target = target(supervisor, username);
        store.permissions().revoke(target.username(), p, change(supervisor, target, AccountAction.ofPermission(p, false)));
        return store.permissions().of(target.username());
    }

    private AccountChange change(Account supervisor, Account target, AccountAction action) {
        return new AccountChange(clock.instant(), Actor.of(supervisor), target.username(), target.party(), action);
    }

    private Account target(Account supervisor, String username) {
        records.requireSupervisor(supervisor);
        Optional<Account> found = store.accounts().find(String.valueOf(username));
        return found.filter(a -> a.party().equals(supervisor.party())).orElseThrow(() -> HttpProblem.notFound(
                "no account '" + username + "' of " + supervisor.party() + "; a supervisor grants only its own party's accounts"));
    }

    private static Permission permission(String raw) {
        return Permission.ofToken(raw).orElseThrow(() -> HttpProblem.invalid("permission",
                "is 'children' (works children's cases) or 'supervisor' (grants permissions, reads the record of reads)"));
    }
}
