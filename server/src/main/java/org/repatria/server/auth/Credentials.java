package org.repatria.server.auth;

import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.SignInOutcome;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.Standing;
import org.repatria.store.party.Accounts;

/**
 * Checks a username and password. An unknown user costs the same Argon2id work as a wrong password,
 * and both give the same empty answer, so neither the reply nor its timing says which was wrong.
 */
public final class Credentials {
    /** Failed sign-ins one username may have in {@link #WINDOW} before every attempt for it is refused. */
    static final int FAILURES_PER_USER = 5;
    /** Failed sign-ins one client address may have in {@link #WINDOW}, all usernames together, before it is refused. */
    static final int FAILURES_PER_ADDRESS = 30;
    /** The longest username the server will look up; a longer one is refused before any work. */
    static final int MAX_USERNAME = 100;
    /** The refusal's code when the password is right but the account disabled (docs/decisions/0182). */
    public static final String ACCOUNT_DISABLED = "account_disabled";
    /** The refusal's code when the password is a one-time one that must be changed before anything else. */
    public static final String PASSWORD_CHANGE_DUE = "password_change_due";
    /** The sliding window the failures are counted in. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Accounts accounts;
    private final SecondFactor factor;
    private final Clock clock;
    private final String dummyHash = Passwords.hash("not-a-password".toCharArray());
    private final Throttle perUser = new Throttle(FAILURES_PER_USER, WINDOW);
    private final Throttle perAddress = new Throttle(FAILURES_PER_ADDRESS, WINDOW);

    public Credentials(Accounts accounts, SecondFactor factor, Clock clock) {
        this.accounts = accounts;
        this.factor = factor;
        this.clock = clock;
    }

    /**
     * The account when the password is right and the account active; empty otherwise. Every outcome is recorded in the
     * record of sign-ins (docs/decisions/0182), except a throttled attempt (the throttle bounds those, not the record).
     *
     * @throws HttpProblem 429 when too many recent attempts failed for this user or address; 400 for a username or
     *     password over its limit; 403 {@code account_disabled} when the password is right but the account disabled;
     *     403 {@value #PASSWORD_CHANGE_DUE} when it is a one-time password that must be changed first
     */
    public Optional<Account> check(String username, char[] password, String address) {
        Optional<Standing> found = verify(username, password, address);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Standing s = found.get();
        Instant now = clock.instant();
        if (s.disabled()) {
            accounts.recordSignIn(SignIn.of(s.account(), now, address, SignInOutcome.DISABLED));
            throw new HttpProblem(403, ACCOUNT_DISABLED, "account " + username + " is disabled; ask your party's"
                    + " supervisor to enable it", Optional.empty());
        }
        if (s.passwordChangeDue()) {
            accounts.recordSignIn(SignIn.of(s.account(), now, address, SignInOutcome.PASSWORD_CHANGE_DUE));
            throw new HttpProblem(403, PASSWORD_CHANGE_DUE, "account " + username + " signs in with a one-time password:"
                    + " choose a new password on the desk's sign-in page first", Optional.empty());
        }
        recordPasswordAccepted(s.account(), address);
        return Optional.of(s.account());
    }

    /**
     * Records that {@code account}'s password was accepted: signed in, or, when it has or must set up a second factor,
     * its code due (the code step then records how the sign-in ends; {@link SecondFactor#verify}).
     */
    public void recordPasswordAccepted(Account account, String address) {
        accounts.recordSignIn(SignIn.of(account, clock.instant(), address,
                factor.next(account) == SecondFactor.Next.SIGN_IN ? SignInOutcome.SIGNED_IN : SignInOutcome.CODE_DUE));
    }

    /**
     * The account and where it stands when the password is right, whether the account is disabled or its password due
     * for change: for choosing a new password. A failure counts and is recorded as in {@link #check}; a success is not
     * recorded (the caller records what it grants).
     *
     * @throws HttpProblem as {@link #check} for the throttle and the limits
     */
    public Optional<Standing> verify(String username, char[] password, String address) {
        if (username.length() > MAX_USERNAME) {
            throw HttpProblem.invalid("username", String.format(Locale.ROOT, "%,d characters, the limit is %d", username.length(), MAX_USERNAME));
        }
        if (password.length > PasswordRules.MAX_LENGTH) {
            throw HttpProblem.invalid("password", String.format(Locale.ROOT, "%,d characters, the limit is %d",
                    password.length, PasswordRules.MAX_LENGTH));
        }
        Instant now = clock.instant();
        String user = "user:" + username;
        String from = "address:" + address;
        perUser.check(user, now, "throttled", "failed sign-ins", "username " + username);
        perAddress.check(from, now, "throttled", "failed sign-ins", "address " + address);
        Optional<String> stored = accounts.passwordHash(username);
        boolean ok = Passwords.verify(password, stored.orElse(dummyHash)) && stored.isPresent();
        Optional<Standing> standing = stored.isPresent() ? accounts.standing(username) : Optional.empty();
        if (!ok || standing.isEmpty()) {
            perUser.fail(user, now);
            perAddress.fail(from, now);
            accounts.recordSignIn(standing.map(s -> SignIn.of(s.account(), now, address, SignInOutcome.WRONG_PASSWORD))
                    .orElseGet(() -> SignIn.unknown(now, address)));
            return Optional.empty();
        }
        perUser.clear(user);
        return standing;
    }

}
