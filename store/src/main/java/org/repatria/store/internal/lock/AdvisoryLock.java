package org.repatria.store.internal.lock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.repatria.store.LogHeldException;
import org.repatria.store.StoreException;

/**
 * PostgreSQL's log-writer lock: a session-level advisory lock on a connection of its own, outside the pool (a pooled
 * connection could be closed or handed out again). PostgreSQL lets it go when that session ends, kill -9 included.
 * The key pairs a fixed Repatria number with the OID of the log table the connection's search path finds, so each
 * schema's log has its own lock and other applications' advisory locks never collide with it.
 */
public final class AdvisoryLock implements WriterLock {
    /** The first half of the key: "RPLG" in ASCII. */
    public static final int KEY = 0x52504C47;
    private static final String TABLE_OID = "'log_entries'::regclass::oid";
    private final Connection session;

    private AdvisoryLock(Connection session) {
        this.session = session;
    }

    /** Locks the log of the database {@code url} names, or throws {@link LogHeldException}. */
    public static AdvisoryLock take(String url) {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "repatria log writer");
        // Keeps an idle session from being cut by a firewall, which would silently let the lock go.
        properties.setProperty("tcpKeepAlive", "true");
        Connection session;
        try {
            session = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new StoreException("cannot open a session to lock the log of the postgresql database (" + e.getMessage()
                    + "); check that the server runs and accepts one more connection", e);
        }
        try (Statement s = session.createStatement();
             ResultSet locked = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ", " + TABLE_OID + "::int)")) {
            locked.next();
            if (locked.getBoolean(1)) {
                return new AdvisoryLock(session);
            }
            String holder = holder(s);
            WriterLock.closeQuietly(session);
            throw new LogHeldException(holder);
        } catch (SQLException e) {
            WriterLock.closeQuietly(session);
            throw new StoreException("cannot lock the log of the postgresql database (" + e.getMessage()
                    + "); check that the account may read pg_locks and the log table exists", e);
        }
    }

    private static String holder(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT l.pid, a.application_name, host(a.client_addr), a.backend_start"
                + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = " + KEY + "::oid"
                + " AND l.objid = " + TABLE_OID + " AND l.database = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database())")) {
            if (!r.next()) {
                return "a session that has just ended; start again";
            }
            int pid = r.getInt(1);
            String name = r.getString(2) == null ? "" : " '" + r.getString(2) + "'";
            String client = r.getString(3) == null ? "" : " from " + r.getString(3);
            String since = r.getTimestamp(4) == null ? "" : ", connected since " + r.getTimestamp(4).toInstant();
            return "PostgreSQL session " + pid + name + client + since
                    + "; if its server is gone for good, end that session with SELECT pg_terminate_backend(" + pid + ")";
        }
    }

    /** One round trip: a session-level lock lasts exactly as long as its session. */
    @Override
    public boolean intact() {
        try {
            return session.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // Let go at once: on close alone the lock goes when the backend process exits, which a newcomer can outrun.
        try (Statement s = session.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ", " + TABLE_OID + "::int)");
        } catch (SQLException e) {
            // The session is gone already, and the lock with it.
        }
        WriterLock.closeQuietly(session);
    }
}
