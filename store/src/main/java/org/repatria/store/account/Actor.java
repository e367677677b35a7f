package org.repatria.store.account;

import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.party.PartyId;

/**
 * Who changed an account: an account on the desk, or the command line (named by its operating-system user, as the
 * command line has no account).
 *
 * @param name  the account's username, or the operating-system user of the command line
 * @param party the account's party; empty for the command line
 */
public record Actor(String name, Optional<PartyId> party) {
    /** The longest name kept. */
    public static final int MAX_NAME = 64;

    public Actor {
        Objects.requireNonNull(party, "party");
        name = Objects.requireNonNullElse(name, "").strip();
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** An account administering on the desk. */
    public static Actor of(Account account) {
        return new Actor(account.username(), Optional.of(account.party()));
    }

    /** The command line, run by this operating-system user. */
    public static Actor commandLine(String osUser) {
        return new Actor(osUser, Optional.empty());
    }
}
