package org.repatria.core.account;

import java.util.Objects;
import java.util.regex.Pattern;
import org.repatria.core.party.PartyId;

/** A login: a person working for one party in one role. Holds no secret; the store keeps the password hash. */
public record Account(String username, String displayName, PartyId party, Role role) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Account {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2-64 lower-case letters, digits, '.', '_' or '-': " + username);
        }
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}
