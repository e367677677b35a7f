package org.repatria.server.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A desk session, held server-side: the browser only keeps {@code id} in a cookie.
 *
 * @param id       256 random bits; replaced at login so a planted id never gains rights
 * @param csrf     the synchronizer token every unsafe request in this session must echo
 * @param username the signed-in account, empty before login
 * @param lastSeen for the idle timeout
 */
public record Session(String id, String csrf, Optional<String> username, Instant lastSeen) {
    Session touched(Instant now) {
        return new Session(id, csrf, username, now);
    }
}
