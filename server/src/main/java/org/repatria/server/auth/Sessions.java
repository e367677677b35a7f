package org.repatria.server.auth;

import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.server.error.HttpProblem;

/**
 * The table of signed-in desk sessions, in memory: a restart signs everybody out, which is acceptable for a desk.
 * Only a correct password adds a row, and each account and each address holds a bounded number, so the table is
 * bounded by the accounts; nothing ever evicts a live session to make room.
 */
final class Sessions {
    /**
     * Open desk sessions one account may hold at once (a team sharing a desk account across browsers and devices, and
     * sign-ins whose cookie was lost before they idled out); one more sign-in is refused.
     */
    static final int PER_ACCOUNT = 100;
    /** Open desk sessions one client address may hold at once, all accounts together (an office behind one address). */
    static final int PER_ADDRESS = 1_000;
    private final Duration idle;
    private final Map<String, Session> table = new ConcurrentHashMap<>();

    Sessions(Duration idle) {
        this.idle = idle;
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

    /**
     * Signs an account in: the old session ends and a new one, with a new id and CSRF token, starts.
     *
     * @throws HttpProblem 429 when the account or the address already holds as many open sessions as it may
     */
    synchronized Session signIn(Optional<String> oldId, String username, String address, Instant now) {
        return signIn(oldId, username, address, now, 0);
    }

    /** As {@link #signIn(Optional, String, String, Instant)}, under the account's credentials epoch. */
    synchronized Session signIn(Optional<String> oldId, String username, String address, Instant now, long epoch) {
        oldId.ifPresent(table::remove);
        table.values().removeIf(old -> expired(old, now));
        List<Session> mine = table.values().stream().filter(s -> s.username().orElse("").equals(username)).toList();
        if (mine.size() >= PER_ACCOUNT) {
            throw refusal("account " + username, mine, PER_ACCOUNT, now);
        }
        List<Session> here = table.values().stream().filter(s -> s.address().equals(address)).toList();
        if (here.size() >= PER_ADDRESS) {
            throw refusal("address " + address, here, PER_ADDRESS, now);
        }
        Session s = new Session(Secrets.fresh(), Secrets.fresh(), Optional.of(username), now, address, epoch);
        table.put(s.id(), s);
        return s;
    }

    void end(String id) {
        table.remove(id);
    }

    /** Ends every session of the account (disabled, enabled or its password changed: docs/decisions/0182). */
    void endAll(String username) {
        table.values().removeIf(s -> s.username().orElse("").equals(username));
    }

    int size() {
        return table.size();
    }

    private HttpProblem refusal(String who, List<Session> open, int limit, Instant now) {
        Instant firstFree = open.stream().map(Session::lastSeen).min(Comparator.naturalOrder()).orElse(now).plus(idle);
        Duration wait = Duration.between(now, firstFree);
        return HttpProblem.tooMany("too_many_sessions", String.format(Locale.ROOT, "%s holds %,d open desk sessions, the limit is %,d",
                who, open.size(), limit) + "; sign out of one, or try again in " + Throttle.minutes(wait)
                + " when the least used one has been idle for " + idle.toMinutes() + " minutes", wait);
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastSeen().plus(idle).isAfter(now);
    }
}
