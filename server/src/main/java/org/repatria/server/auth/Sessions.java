package org.repatria.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The server-side session table, in memory: a restart signs everybody out, which is acceptable for a desk. */
final class Sessions {
    private final Duration idle;
    private final int capacity;
    private final Map<String, Session> table = new ConcurrentHashMap<>();

    Sessions(Duration idle, int capacity) {
        this.idle = idle;
        this.capacity = capacity;
    }

    /** A new session without an account, for the login form's CSRF token. */
    Session open(Instant now) {
        return put(new Session(Secrets.fresh(), Secrets.fresh(), Optional.empty(), now), now);
    }

    /** The live session with this id, its idle clock restarted; empty when unknown or idle too long. */
    Optional<Session> find(String id, Instant now) {
        Session s = table.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            table.remove(id, s);
            return Optional.empty();
        }
        Session touched = s.touched(now);
        table.replace(id, s, touched);
        return Optional.of(touched);
    }

    /** Signs an account in: the old session ends and a new one, with a new id and CSRF token, starts. */
    Session signIn(Optional<String> oldId, String username, Instant now) {
        oldId.ifPresent(table::remove);
        return put(new Session(Secrets.fresh(), Secrets.fresh(), Optional.of(username), now), now);
    }

    void end(String id) {
        table.remove(id);
    }

    int size() {
        return table.size();
    }

    private Session put(Session s, Instant now) {
        if (table.size() >= capacity) {
            table.values().removeIf(old -> expired(old, now));
        }
        if (table.size() >= capacity) {
            // Still full (a flood of login-page visits): drop the least recently seen session.
            table.values().stream().min(Comparator.comparing(Session::lastSeen))
                    .ifPresent(oldest -> table.remove(oldest.id()));
        }
        table.put(s.id(), s);
        return s;
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastSeen().plus(idle).isAfter(now);
    }
}
