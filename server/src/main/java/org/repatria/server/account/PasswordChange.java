package org.repatria.server.account;

import java.time.Clock;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.SignInOutcome;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.Credentials;
import org.repatria.server.auth.PasswordRules;
import org.repatria.server.auth.Passwords;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.account.Actor;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.Standing;

/**
 * An account changes its own password (docs/decisions/0182): signed in, with its current password; or at sign-in, with
 * the one-time password a reset gave it. Either way its other sessions and its bearer tokens end, and the change is
 * recorded.
 */
public final class PasswordChange {
    private final Store store;
    private final Clock clock;
    private final Credentials credentials;
    private final Authenticator authenticator;

    /** Changes kept in {@code store}; passwords checked by {@code credentials}; sessions ended through {@code authenticator}. */
    public PasswordChange(Store store, Clock clock, Credentials credentials, Authenticator authenticator) {
        this.store = store;
        this.clock = clock;
        this.credentials = credentials;
        this.authenticator = authenticator;
    }

    /**
     * The signed-in account replaces its password; its sessions (this one too) and tokens end, so the caller signs it
     * in again.
     *
     * @throws HttpProblem 400 naming the field for a new password that breaks a rule or differs from its repetition;
     *     the field {@code current} when the current password is wrong (counted by the sign-in throttle); 429 when throttled
     */
    public void own(Account self, char[] current, char[] fresh, char[] again, String address) {
        requireAcceptable(fresh, again);
        Standing s = credentials.verify(self.username(), current, address)
                .orElseThrow(() -> HttpProblem.invalid("current", "is not the account's password"));
        change(s, fresh);
    }

    /**
     * An account whose password is due for change (after a reset) chooses its own with the one-time password; the
     * account, to be signed in by the caller. Recorded as a sign-in.
     *
     * @throws HttpProblem as {@link #own}; 401 for a wrong username or password; 403 {@code account_disabled}
     */
    public Account due(String username, char[] oneTime, char[] fresh, char[] again, String address) {
        requireAcceptable(fresh, again);
        Standing s = credentials.verify(username, oneTime, address)
                .orElseThrow(() -> HttpProblem.unauthenticated("wrong username or password"));
        if (s.disabled()) {
            store.accounts().recordSignIn(SignIn.of(s.account(), clock.instant(), address, SignInOutcome.DISABLED));
            throw new HttpProblem(403, Credentials.ACCOUNT_DISABLED, "account " + username + " is disabled; ask your"
                    + " party's supervisor to enable it", java.util.Optional.empty());
        }
        change(s, fresh);
        credentials.recordPasswordAccepted(s.account(), address);
        return s.account();
    }

    private void change(Standing s, char[] fresh) {
        String user = s.account().username();
        if (store.accounts().passwordHash(user).filter(old -> Passwords.verify(fresh, old)).isPresent()) {
            throw HttpProblem.invalid("password", "is the account's password already; choose a new one");
        }
        store.standings().setPassword(user, Passwords.hash(fresh), false, AccountAction.PASSWORD_CHANGED,
                Actor.of(s.account()), clock.instant());
        authenticator.endSessions(user);
    }

    private static void requireAcceptable(char[] fresh, char[] again) {
        PasswordRules.problem(fresh).ifPresent(p -> {
            throw HttpProblem.invalid("password", p);
        });
        if (!java.util.Arrays.equals(fresh, again)) {
            throw HttpProblem.invalid("again", "differs from the new password; type the same password twice");
        }
    }
}
