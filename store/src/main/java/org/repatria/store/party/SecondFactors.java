package org.repatria.store.party;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.core.party.PartyId;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;

/**
 * The accounts' TOTP second factors and the parties that require one (docs/decisions/0183). The server computes and
 * checks the codes; this repository keeps the secrets and makes "a code is accepted once" atomic.
 */
public final class SecondFactors {
    private static final String SELECT = "SELECT username, secret, confirmed, last_step FROM totp_factors";
    private final Database db;

    /** The repository over {@code db}. */
    public SecondFactors(Database db) {
        this.db = db;
    }

    /** The factor of this account, confirmed or not; empty when it has none. */
    public Optional<TotpFactor> find(String username) {
        return db.read("read the second factor of " + username, h -> h.createQuery(SELECT + " WHERE username = ?")
                .bind(0, username).map((rs, ctx) -> new TotpFactor(rs.getString(1), rs.getString(2), rs.getInt(3) == 1,
                        rs.getLong(4))).findOne());
    }

    /**
     * Starts an enrolment with a new secret, replacing an unconfirmed one. Refused ({@link StoreException}) when the
     * account is unknown or already holds a confirmed factor (reset it first).
     */
    public void begin(String username, String secret, Instant now) {
        db.write("begin a second factor for " + username, h -> {
            if (h.createQuery("SELECT 1 FROM accounts WHERE username = ?").bind(0, username).mapTo(Integer.class).findOne().isEmpty()) {
                throw new StoreException("no account " + username + "; add the account before enrolling its second factor");
            }
            if (h.createQuery("SELECT 1 FROM totp_factors WHERE username = ? AND confirmed = 1").bind(0, username)
                    .mapTo(Integer.class).findOne().isPresent()) {
                throw new StoreException("account " + username + " already has a confirmed second factor; reset it first");
            }
            h.createUpdate("DELETE FROM totp_factors WHERE username = ?").bind(0, username).execute();
            return h.createUpdate("INSERT INTO totp_factors (username, secret, confirmed, last_step, created_ms)"
                    + " VALUES (?, ?, 0, -1, ?)").bind(0, username).bind(1, secret).bind(2, now.toEpochMilli()).execute();
        });
    }

    /** Confirms the unconfirmed factor with a code of {@code step}; false when there was none to confirm. */
    public boolean confirm(String username, long step) {
        return db.write("confirm the second factor of " + username, h -> h.createUpdate(
                "UPDATE totp_factors SET confirmed = 1, last_step = ? WHERE username = ? AND confirmed = 0")
                .bind(0, step).bind(1, username).execute()) == 1;
    }

    /**
     * Accepts a code of {@code step} once: true when the confirmed factor had accepted no code of this or a later
     * step (and now has), false for a replay. One statement, so two requests with one code cannot both win.
     */
    public boolean use(String username, long step) {
        return db.write("use a code of the second factor of " + username, h -> h.createUpdate(
                "UPDATE totp_factors SET last_step = ? WHERE username = ? AND confirmed = 1 AND last_step < ?")
                .bind(0, step).bind(1, username).bind(2, step).execute()) == 1;
    }

    /** Forgets the factor (the phone was lost); true when there was one. The account enrols again at its next sign-in. */
    public boolean remove(String username) {
        return db.write("reset the second factor of " + username, h -> h
                .createUpdate("DELETE FROM totp_factors WHERE username = ?").bind(0, username).execute()) == 1;
    }

    /** Whether the party requires the second factor of its accounts. */
    public boolean required(PartyId party) {
        return db.read("read whether " + party + " requires a second factor", h -> h
                .createQuery("SELECT 1 FROM second_factor_parties WHERE party_id = ?").bind(0, party.value())
                .mapTo(Integer.class).findOne().isPresent());
    }

    /**
     * Requires (or stops requiring) the second factor for the party's accounts; saying it twice is harmless. When it
     * starts requiring it, the open desk sessions and bearer tokens of the party's accounts without a confirmed factor
     * end at once (their credentials' epoch grows), so each sets one up at its next sign-in rather than working on.
     */
    public void require(PartyId party, boolean required) {
        db.write((required ? "require" : "stop requiring") + " a second factor for " + party, h -> {
            if (h.createQuery("SELECT 1 FROM parties WHERE id = ?").bind(0, party.value()).mapTo(Integer.class).findOne().isEmpty()) {
                throw new StoreException("no party " + party + "; add it first with 'repatria party add'");
            }
            boolean already = h.createUpdate("DELETE FROM second_factor_parties WHERE party_id = ?")
                    .bind(0, party.value()).execute() > 0;
            if (!required) {
                return 0;
            }
            if (!already) {
                String without = " FROM accounts a WHERE a.party_id = ? AND NOT EXISTS (SELECT 1 FROM totp_factors f"
                        + " WHERE f.username = a.username AND f.confirmed = 1)";
                h.createUpdate("DELETE FROM tokens WHERE username IN (SELECT a.username" + without + ")")
                        .bind(0, party.value()).execute();
                h.createUpdate("UPDATE accounts SET credentials_epoch = credentials_epoch + 1 WHERE username IN"
                        + " (SELECT a.username" + without + ")").bind(0, party.value()).execute();
            }
            return h.createUpdate("INSERT INTO second_factor_parties (party_id) VALUES (?)").bind(0, party.value()).execute();
        });
    }

    /** Every account of the party with whether its factor is confirmed (absent: none, or not yet confirmed), by username. */
    public Map<String, Boolean> ofParty(PartyId party) {
        Map<String, Boolean> out = new TreeMap<>();
        db.read("read the second factors of party " + party, h -> h
                .createQuery("SELECT a.username, f.confirmed FROM accounts a LEFT JOIN totp_factors f"
                        + " ON f.username = a.username WHERE a.party_id = ? ORDER BY a.username")
                .bind(0, party.value()).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2) == 1)).list())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
