package org.repatria.server.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.PasswordRules;
import org.repatria.server.auth.Passwords;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.account.AccountChange;
import org.repatria.store.account.Actor;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.Standing;

/**
 * A party's supervisor administers its own party's accounts (docs/decisions/0182): disables and enables them, resets
 * their passwords to one-time ones, and reads their sign-ins and the changes made to them. The mediator's supervisor
 * administers the mediator's accounts; nobody administers another party's (404, as for permissions: 0147).
 */
public final class Administration {
    /** The most sign-ins or changes one page shows. */
    public static final int PAGE = 100;
    private final Store store;
    private final Clock clock;
    private final ChildRecords supervisors;
    private final Authenticator authenticator;

    /** Accounts kept in {@code store}; supervisors told apart by {@code supervisors}; sessions ended through {@code authenticator}. */
    public Administration(Store store, Clock clock, ChildRecords supervisors, Authenticator authenticator) {
        this.store = store;
        this.clock = clock;
        this.supervisors = supervisors;
        this.authenticator = authenticator;
    }

    /** Whether the account administers its party's accounts. */
    public boolean administers(Account account) {
        return supervisors.supervises(account);
    }

    /** The supervisor's party's accounts and where they stand, by username. @throws HttpProblem 403 {@code supervisors_only} */
    public List<Standing> accounts(Account supervisor) {
        supervisors.requireSupervisor(supervisor);
        return store.standings().ofParty(supervisor.party());
    }

    /** One account of the supervisor's party. @throws HttpProblem 403 {@code supervisors_only}; 404 for any other */
    public Standing account(Account supervisor, String username) {
        supervisors.requireSupervisor(supervisor);
        return store.standings().of(String.valueOf(username)).filter(s -> s.account().party().equals(supervisor.party()))
                .orElseThrow(() -> HttpProblem.notFound("no account '" + username + "' of " + supervisor.party()
                        + "; a supervisor administers only its own party's accounts"));
    }

    /** The newest sign-ins of the party's accounts, or of one of them. */
    public List<SignIn> signIns(Account supervisor, Optional<String> username) {
        return username.map(u -> store.signIns().of(account(supervisor, u).account().username(), PAGE))
                .orElseGet(() -> {
                    supervisors.requireSupervisor(supervisor);
                    return store.signIns().ofParty(supervisor.party(), PAGE);
                });
    }

    /** The newest changes to the party's accounts, or to one of them. */
    public List<AccountChange> changes(Account supervisor, Optional<String> username) {
        return username.map(u -> store.accountChanges().of(account(supervisor, u).account().username(), PAGE))
                .orElseGet(() -> {
                    supervisors.requireSupervisor(supervisor);
                    return store.accountChanges().ofParty(supervisor.party(), PAGE);
                });
    }

    /**
     * Disables an account of the supervisor's party: its sessions and bearer tokens end at once. Disabling a disabled
     * one changes nothing.
     *
     * @throws HttpProblem 403 {@code supervisors_only}; 404 for another party's; 409 {@code own_account} for its own
     */
    public void disable(Account supervisor, String username) {
        Standing target = other(supervisor, username, "disable");
        store.standings().setDisabled(target.account().username(), true, Actor.of(supervisor), clock.instant());
        authenticator.endSessions(target.account().username());
    }

    /** Enables an account of the supervisor's party again; it signs in anew. Enabling an enabled one changes nothing. */
    public void enable(Account supervisor, String username) {
        Standing target = other(supervisor, username, "enable");
        store.standings().setDisabled(target.account().username(), false, Actor.of(supervisor), clock.instant());
    }

    /**
     * Resets the password of an account of the supervisor's party to a fresh one-time password, returned to be shown
     * once and never stored: the account's sessions and tokens end, and it must choose its own at its next sign-in.
     *
     * @throws HttpProblem as {@link #disable}
     */
    public char[] resetPassword(Account supervisor, String username) {
        Standing target = other(supervisor, username, "reset the password of");
        char[] oneTime = PasswordRules.oneTime();
        store.standings().setPassword(target.account().username(), Passwords.hash(oneTime), true,
                AccountAction.PASSWORD_RESET, Actor.of(supervisor), clock.instant());
        authenticator.endSessions(target.account().username());
        return oneTime;
    }

    private Standing other(Account supervisor, String username, String step) {
        Standing target = account(supervisor, username);
        if (target.account().username().equals(supervisor.username())) {
            throw HttpProblem.conflict("own_account", "a supervisor does not " + step + " its own account " + username
                    + "; change your own password on your password page, or ask another supervisor");
        }
        return target;
    }
}
