package org.repatria.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repatria.core.account.SignInOutcome;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;

/**
 * The record of sign-ins and failures (docs/decisions/0182), bounded: it keeps the newest {@link #CAPACITY} attempts,
 * each new one deleting those that fell out (about one, through an index), so a flood of failures cannot fill the disk.
 */
public final class SignIns {
    /** The most sign-in attempts kept, all accounts together; older ones are deleted as new ones come. */
    public static final int CAPACITY = 100_000;
    /** The most attempts one read returns. */
    public static final int MAX_PAGE = 500;
    private static final String SELECT = "SELECT at_sec, at_nano, username, party_id, address, outcome FROM sign_ins";
    private final Database db;
    private final int capacity;

    /** The repository over {@code db}, keeping {@link #CAPACITY} attempts. */
    public SignIns(Database db) {
        this(db, CAPACITY);
    }

    private SignIns(Database db, int capacity) {
        this.db = db;
        this.capacity = capacity;
    }

    /** The same record keeping only the newest {@code capacity} attempts (for tests of the bound). */
    public SignIns keeping(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the record of sign-ins keeps at least one attempt, not " + capacity);
        }
        return new SignIns(db, capacity);
    }

    /** Appends one attempt and deletes the ones beyond the capacity. */
    public void record(SignIn s) {
        db.write("record a sign-in attempt", h -> {
            long seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM sign_ins").mapTo(Long.class).one() + 1;
            h.createUpdate("INSERT INTO sign_ins (id, seq, at_sec, at_nano, username, party_id, address, outcome)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, UUID.randomUUID().toString()).bind(1, seq).bind(2, s.at().getEpochSecond())
                    .bind(3, s.at().getNano()).bind(4, s.username().orElse(""))
                    .bind(5, s.party().map(PartyId::value).orElse("")).bind(6, s.address())
                    .bind(7, s.outcome().name()).execute();
            return h.createUpdate("DELETE FROM sign_ins WHERE seq <= ?").bind(0, seq - capacity).execute();
        });
    }

    /** The newest attempts on the accounts of a party, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    public List<SignIn> ofParty(PartyId party, int limit) {
        return db.read("read the sign-ins of " + party, h -> h.createQuery(SELECT + " WHERE party_id = ?"
                        + " ORDER BY seq DESC LIMIT " + bounded(limit)).bind(0, party.value())
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The newest attempts on one account, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    public List<SignIn> of(String username, int limit) {
        return db.read("read the sign-ins of " + username, h -> h.createQuery(SELECT + " WHERE username = ?"
                        + " ORDER BY seq DESC LIMIT " + bounded(limit)).bind(0, username)
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The newest attempts of every account and of unknown names, at most {@code limit} (for the command line). */
    public List<SignIn> all(int limit) {
        return db.read("read the sign-ins", h -> h.createQuery(SELECT + " ORDER BY seq DESC LIMIT " + bounded(limit))
                .map((rs, ctx) -> read(rs)).list());
    }

    /** How many attempts are kept. */
    public int count() {
        return db.read("count the sign-ins", h -> h.createQuery("SELECT COUNT(*) FROM sign_ins").mapTo(Integer.class).one());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static SignIn read(ResultSet rs) throws SQLException {
        String user = rs.getString(3);
        String party = rs.getString(4);
        return new SignIn(Instant.ofEpochSecond(rs.getLong(1), rs.getInt(2)),
                user.isEmpty() ? Optional.empty() : Optional.of(user),
                party.isEmpty() ? Optional.empty() : Optional.of(new PartyId(party)), rs.getString(5),
                SignInOutcome.valueOf(rs.getString(6)));
    }
}
