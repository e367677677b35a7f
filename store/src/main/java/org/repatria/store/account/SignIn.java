package org.repatria.store.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.SignInOutcome;
import org.repatria.core.party.PartyId;

/**
 * One recorded sign-in attempt: which account (empty when no account has the name typed), when, from which address,
 * and how it ended.
 */
public record SignIn(Instant at, Optional<String> username, Optional<PartyId> party, String address,
                     SignInOutcome outcome) {
    /** The longest address kept (an IPv6 address with a zone fits). */
    public static final int MAX_ADDRESS = 64;

    public SignIn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(outcome, "outcome");
        address = Objects.requireNonNullElse(address, "");
        address = address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }

    /** An attempt on a known account. */
    public static SignIn of(Account account, Instant at, String address, SignInOutcome outcome) {
        return new SignIn(at, Optional.of(account.username()), Optional.of(account.party()), address, outcome);
    }

    /** An attempt under a name no account has: the name is not kept. */
    public static SignIn unknown(Instant at, String address) {
        return new SignIn(at, Optional.empty(), Optional.empty(), address, SignInOutcome.NO_SUCH_ACCOUNT);
    }
}
