package org.repatria.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on a free port over a fresh {@link Fixture} in a temporary directory, for one test class:
 * {@code @RegisterExtension static RunningServer running = new RunningServer(rows);}.
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {
    private final int rows;
    private final UnaryOperator<ServerConfig> config;
    private Path dir;
    private Fixture world;
    private Server server;

    public RunningServer(int rows) {
        this(rows, c -> c);
    }

    public RunningServer(int rows, UnaryOperator<ServerConfig> config) {
        this.rows = rows;
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("repatria-server-test");
        world = new Fixture(dir, rows);
        server = Server.start(config.apply(ServerConfig.of(world.store).withPort(0)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        world.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Plays an attacker with write access to the database: sets {@code assignment} (SQL, e.g. {@code surname = 'X'}) on
     * every stored row of list {@code listId}, behind the server's back; the number of rows changed.
     */
    public int alterRows(String listId, String assignment) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"));
             PreparedStatement update = c.prepareStatement("UPDATE list_rows SET " + assignment + " WHERE list_id = ?")) {
            update.setString(1, listId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not alter the rows of list " + listId, e);
        }
    }

    /** How many rows the server's database holds in {@code table} (one of the schema's table names), read behind its back. */
    public long count(String table) {
        Long n = tableCounts().get(table);
        if (n == null) {
            throw new IllegalArgumentException("not a table of the test database: " + table);
        }
        return n;
    }

    /** The number of rows in every table of the database, by table name: to see that a refused request stored nothing. */
    public java.util.SortedMap<String, Long> tableCounts() {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"));
             var tables = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (var n = c.createStatement().executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    counts.put(name, n.next() ? n.getLong(1) : 0L);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the test database", e);
        }
    }

    public Server server() {
        return server;
    }

    public Fixture world() {
        return world;
    }

    public int port() {
        return server.port();
    }

    /** A client signed in with a bearer token (bare for the anonymous caller). */
    public Client api(Fixture.Who who) {
        return Callers.api(port(), who);
    }

    /** A client signed in through the desk's login form. */
    public Client desk(Fixture.Who who) {
        return Callers.desk(port(), who);
    }

    /** A client without credentials. */
    public Client anonymous() {
        return new Client(port());
    }
}
