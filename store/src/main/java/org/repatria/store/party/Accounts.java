package org.repatria.store.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.store.DuplicateException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;

/** Logins, their password hashes (computed by the server) and their bearer tokens (stored as SHA-256 hex). */
public final class Accounts {
    private static final String SELECT = "SELECT a.username, a.display_name, a.party_id, a.role FROM accounts a";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private final Database db;

    /** The repository over {@code db}. */
    public Accounts(Database db) {
        this.db = db;
    }

    /**
     * Stores a new account with its password hash. Refused when the username is taken
     * ({@link DuplicateException}), the party is unknown, or the role does not fit the party's kind.
     */
    public void add(Account a, String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("account " + a.username() + " needs a password hash");
        }
        db.write("add account " + a.username(), "account " + a.username() + " already exists; choose another username", h -> {
            PartyKind kind = Parties.kindOf(h, a.party());
            if (kind != a.role().partyKind()) {
                throw new StoreException("account " + a.username() + " has role " + a.role() + ", which belongs to a "
                        + a.role().partyKind() + " party, but party " + a.party() + " is " + kind + "; pick a matching role");
            }
            return h.createUpdate("INSERT INTO accounts (username, display_name, party_id, role, password_hash)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .bind(0, a.username()).bind(1, a.displayName()).bind(2, a.party().value())
                    .bind(3, a.role().name()).bind(4, passwordHash).execute();
        });
    }

    /** The account with this username, if stored. */
    public Optional<Account> find(String username) {
        return db.read("read account " + username, h -> h.createQuery(SELECT + " WHERE a.username = ?")
                .bind(0, username).map((rs, ctx) -> read(rs)).findOne());
    }

    /** The stored password hash of this username, if the account exists. */
    public Optional<String> passwordHash(String username) {
        return db.read("read the password hash of " + username, h -> h
                .createQuery("SELECT password_hash FROM accounts WHERE username = ?")
                .bind(0, username).mapTo(String.class).findOne());
    }

    /** The account with this username and where it stands: disabled, password change due (docs/decisions/0182). */
    public Optional<org.repatria.store.account.Standing> standing(String username) {
        return new org.repatria.store.account.Standings(db).of(username);
    }

    /** Records one sign-in attempt in the bounded record of sign-ins (docs/decisions/0182). */
    public void recordSignIn(org.repatria.store.account.SignIn attempt) {
        new org.repatria.store.account.SignIns(db).record(attempt);
    }

    /** Every account, by username. */
    public List<Account> all() {
        return db.read("read accounts", h -> h.createQuery(SELECT + " ORDER BY a.username")
                .map((rs, ctx) -> read(rs)).list());
    }

    /** Stores a bearer token by its SHA-256 (64 lower-case hex digits; never the raw token) for an account. */
    public void addToken(String tokenSha256Hex, String username, Instant expiresAt) {
        requireSha256(tokenSha256Hex);
        db.write("add a token for " + username, "this token is already stored; issue a new random token", h -> {
            if (h.createQuery("SELECT 1 FROM accounts WHERE username = ?").bind(0, username).mapTo(Integer.class).findOne().isEmpty()) {
                throw new StoreException("no account " + username + "; add the account before issuing it a token");
            }
            return h.createUpdate("INSERT INTO tokens (token_sha256, username, expires_ms) VALUES (?, ?, ?)")
                    .bind(0, tokenSha256Hex).bind(1, username).bind(2, epochMillis(expiresAt)).execute();
        });
    }

    /**
     * The account holding this token, unless the token is unknown, revoked or expired at {@code now}, or the account is
     * disabled or must change its password first (docs/decisions/0182).
     */
    public Optional<Account> findByToken(String tokenSha256Hex, Instant now) {
        if (tokenSha256Hex == null || !SHA256_HEX.matcher(tokenSha256Hex).matches()) {
            return Optional.empty();
        }
        return db.read("look up a token", h -> h.createQuery(SELECT
                        + " JOIN tokens t ON t.username = a.username WHERE t.token_sha256 = ? AND t.expires_ms > ?"
                        + " AND a.disabled = 0 AND a.password_change_due = 0")
                .bind(0, tokenSha256Hex).bind(1, epochMillis(now)).map((rs, ctx) -> read(rs)).findOne());
    }

    /** Forgets a token; nothing happens when it is unknown. */
    public void revokeToken(String tokenSha256Hex) {
        db.write("revoke a token", h -> h.createUpdate("DELETE FROM tokens WHERE token_sha256 = ?")
                .bind(0, String.valueOf(tokenSha256Hex)).execute());
    }

    /** Forgets every token expired at {@code now}; returns how many. */
    public int purgeExpiredTokens(Instant now) {
        return db.write("purge expired tokens", h -> h.createUpdate("DELETE FROM tokens WHERE expires_ms <= ?")
                .bind(0, epochMillis(now)).execute());
    }

    private static void requireSha256(String hex) {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token is stored as its SHA-256 in 64 lower-case hex digits, never raw");
        }
    }

    private static long epochMillis(Instant t) {
        // Saturate instead of overflowing for instants beyond +-292 million years (e.g. Instant.MAX).
        return t.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE)) ? Long.MAX_VALUE
                : t.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE)) ? Long.MIN_VALUE : t.toEpochMilli();
    }

    private static Account read(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), new PartyId(rs.getString(3)), Role.valueOf(rs.getString(4)));
    }
}
