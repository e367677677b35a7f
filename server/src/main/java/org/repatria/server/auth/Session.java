package org.repatria.server.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A desk session. A signed-in one is held server-side (the browser keeps only {@code id} in a cookie); an anonymous one,
 * for the login form, is never stored: its id is the visitor's random nonce and its token is derived from it.
 *
 * @param id       256 random bits; replaced at login so a planted id never gains rights
 * @param csrf     the token every unsafe request in this session must echo
 * @param username the signed-in account, empty before login
 * @param lastSeen for the idle timeout
 * @param address  the address the session was signed in from ("" before login), for the per-address limit
 * @param epoch    the account's credentials epoch at sign-in: once the account is disabled, enabled or its password
 *                 changed, the epoch grows and the session is over (docs/decisions/0182)
 */
public record Session(String id, String csrf, Optional<String> username, Instant lastSeen, String address, long epoch) {
    /** A session under epoch 0 (an anonymous one, or one of an account never changed). */
    public Session(String id, String csrf, Optional<String> username, Instant lastSeen, String address) {
        this(id, csrf, username, lastSeen, address, 0);
    }

    Session touched(Instant now) {
        return new Session(id, csrf, username, now, address, epoch);
    }
}
