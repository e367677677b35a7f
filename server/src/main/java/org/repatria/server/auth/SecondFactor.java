package org.repatria.server.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.repatria.core.account.Account;
import org.repatria.core.account.SignInOutcome;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.account.SignIn;
import org.repatria.store.party.Accounts;
import org.repatria.store.party.SecondFactors;
import org.repatria.store.party.TotpFactor;

/**
 * The second factor, TOTP (RFC 6238; docs/decisions/0183): enrolling it (a secret confirmed with a code before it
 * counts), the code step of a sign-in (a code accepted once, within one step of now, throttled on its own), what a
 * party requires, and the way out when a phone is lost (an administrator resets the factor).
 */
public final class SecondFactor {
    /** Wrong codes one account may enter in {@link #WINDOW} before every code for it is refused. */
    static final int FAILURES_PER_USER = 5;
    /** Wrong codes one client address may enter in {@link #WINDOW}, all accounts together. */
    static final int FAILURES_PER_ADDRESS = 30;
    /** The sliding window the wrong codes are counted in. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Secret length: RFC 4226 section 4, R6, recommends 160 bits (32 Base32 characters). */
    static final int SECRET_BYTES = 20;
    /** The issuer an authenticator app shows beside the account. */
    static final String ISSUER = "Repatria";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecondFactors factors;
    private final Accounts accounts;
    private final Clock clock;
    private final Totp totp = Totp.standard();
    private final Throttle perUser = new Throttle(FAILURES_PER_USER, WINDOW);
    private final Throttle perAddress = new Throttle(FAILURES_PER_ADDRESS, WINDOW);
    private final PendingSignIns pending = new PendingSignIns();

    public SecondFactor(SecondFactors factors, Accounts accounts, Clock clock) {
        this.factors = factors;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What a sign-in needs after the right password. */
    public enum Next {
        /** Nothing more: the account has no factor and its party requires none. */
        SIGN_IN,
        /** A code from the account's confirmed factor. */
        CODE,
        /** The party requires a factor the account has not enrolled: enrol (and confirm) before anything else. */
        ENROL
    }

    /** A secret being enrolled: Base32 for typing in, and the {@code otpauth://} URI a QR code carries. */
    public record Enrolment(String secret, String uri) {
    }

    /** A half-done sign-in: whose, and what it waits for. */
    public record Pending(String username, Next next) {
    }

    /** What {@code account} must do after its password was accepted. */
    public Next next(Account account) {
        if (enrolled(account.username())) {
            return Next.CODE;
        }
        return factors.required(account.party()) ? Next.ENROL : Next.SIGN_IN;
    }

    /** Whether the account holds a confirmed factor. */
    public boolean enrolled(String username) {
        return factors.find(username).map(TotpFactor::confirmed).orElse(false);
    }

    /** Whether the account has begun setting up a factor it has not confirmed yet. */
    public boolean started(String username) {
        return factors.find(username).map(f -> !f.confirmed()).orElse(false);
    }

    /** Whether the party requires the second factor of its accounts. */
    public boolean required(PartyId party) {
        return factors.required(party);
    }

    /** Requires, or stops requiring, the second factor of the party's accounts. */
    public void require(PartyId party, boolean required) {
        factors.require(party, required);
    }

    /** The party's accounts and whether each holds a confirmed factor. */
    public Map<String, Boolean> ofParty(PartyId party) {
        return factors.ofParty(party);
    }

    /** Forgets an account's factor (its phone was lost); true when it had one. It enrols again when it next needs one. */
    public boolean reset(String username) {
        return factors.remove(username);
    }

    /**
     * The secret being enrolled for the account: the unconfirmed one, or a new one.
     *
     * @throws HttpProblem 409 when the account already holds a confirmed factor (never shown again)
     */
    public Enrolment enrolment(Account account) {
        Optional<TotpFactor> held = factors.find(account.username());
        if (held.map(TotpFactor::confirmed).orElse(false)) {
            throw new HttpProblem(409, "second_factor_enrolled", "account " + account.username() + " already holds a"
                    + " confirmed second factor; its secret is not shown again: ask your party's administrator to reset it",
                    Optional.empty());
        }
        String secret = held.map(TotpFactor::secret).orElseGet(() -> {
            byte[] bytes = new byte[SECRET_BYTES];
            RANDOM.nextBytes(bytes);
            String fresh = new Base32().encodeAsString(bytes).replace("=", "");
            factors.begin(account.username(), fresh, clock.instant());
            return fresh;
        });
        return new Enrolment(secret, uri(account.username(), secret));
    }

    /**
     * Confirms the enrolment with a code from the authenticator: true when it matched (the factor counts from now on).
     *
     * @throws HttpProblem 429 when too many wrong codes were entered for this account or address
     */
    public boolean confirm(Account account, String code, String address) {
        Optional<TotpFactor> held = factors.find(account.username()).filter(f -> !f.confirmed());
        return checked(account.username(), address, held.isPresent() ? match(held.get(), code) : OptionalLong.empty(),
                step -> factors.confirm(account.username(), step));
    }

    /**
     * Checks a sign-in's code: true when it matches a step within one of now that no code was accepted for before. The
     * outcome ends the sign-in's record (signed in, or a wrong code).
     *
     * @throws HttpProblem 429 when too many wrong codes were entered for this account or address
     */
    public boolean verify(Account account, String code, String address) {
        Optional<TotpFactor> held = factors.find(account.username()).filter(TotpFactor::confirmed);
        return recorded(account, address, checked(account.username(), address,
                held.isPresent() ? match(held.get(), code) : OptionalLong.empty(), step -> factors.use(account.username(), step)));
    }

    /**
     * Confirms the factor set up during a sign-in its party requires it for: as {@link #confirm}, and the outcome ends
     * the sign-in's record.
     *
     * @throws HttpProblem 429 when too many wrong codes were entered for this account or address
     */
    public boolean confirmSigningIn(Account account, String code, String address) {
        return recorded(account, address, confirm(account, code, address));
    }

    private boolean recorded(Account account, String address, boolean ok) {
        accounts.recordSignIn(SignIn.of(account, clock.instant(), address, ok ? SignInOutcome.SIGNED_IN : SignInOutcome.WRONG_CODE));
        return ok;
    }

    /**
     * For a bearer token (docs/decisions/0183): passes an account that needs no code, or whose code is right.
     *
     * @throws HttpProblem 401 {@code second_factor} when the code is missing or wrong; 403
     *     {@code second_factor_enrolment} when the party requires a factor the account has not enrolled; 429 as above
     */
    public void requireForToken(Account account, Optional<String> code, String address) {
        switch (next(account)) {
            case SIGN_IN -> { }
            case ENROL -> throw new HttpProblem(403, "second_factor_enrolment", "party " + account.party() + " requires a"
                    + " second factor; sign in on the desk once to enrol one, then ask for a token with its code",
                    Optional.empty());
            case CODE -> {
                if (code.isEmpty() || code.get().isBlank()) {
                    throw new HttpProblem(401, "second_factor", "account " + account.username() + " has a second factor;"
                            + " send its current 6-digit code in the field 'code'", Optional.of("code"));
                }
                if (!verify(account, code.get().strip(), address)) {
                    throw new HttpProblem(401, "second_factor", "the code is wrong, expired or was used already; send"
                            + " the current 6-digit code", Optional.of("code"));
                }
            }
        }
    }

    /** Holds a half-done sign-in under the login form's nonce; it is not a session and opens no page. */
    public void hold(Session loginForm, Account account, Next next) {
        pending.hold(loginForm.id(), account.username(), next, clock.instant());
    }

    /** The half-done sign-in of this login form, while it lasts ({@link PendingSignIns#LIFETIME}). */
    public Optional<Pending> pending(Session loginForm) {
        return pending.find(loginForm.id(), clock.instant()).map(h -> new Pending(h.username(), h.next()));
    }

    /** Ends a half-done sign-in (done, or abandoned). */
    public void release(Session loginForm) {
        pending.end(loginForm.id());
    }

    private OptionalLong match(TotpFactor f, String code) {
        return totp.match(new Base32().decode(f.secret()), code == null ? "" : code.strip(), clock.instant());
    }

    private boolean checked(String username, String address, OptionalLong step, java.util.function.LongPredicate accept) {
        Instant now = clock.instant();
        String user = "code:" + username;
        String from = "address:" + address;
        perUser.check(user, now, "throttled_code", "wrong codes", "account " + username);
        perAddress.check(from, now, "throttled_code", "wrong codes", "address " + address);
        boolean ok = step.isPresent() && accept.test(step.getAsLong());
        if (ok) {
            perUser.clear(user);
        } else {
            perUser.fail(user, now);
            perAddress.fail(from, now);
        }
        return ok;
    }

    /** The Key Uri Format authenticator apps read: otpauth://totp/ISSUER:user?secret=...&issuer=...&period=30&digits=6. */
    static String uri(String username, String secret) {
        String label = enc(ISSUER) + ":" + enc(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(ISSUER) + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
