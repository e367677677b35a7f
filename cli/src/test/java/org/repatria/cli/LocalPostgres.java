package org.repatria.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the machine's own binaries in a temporary directory, on a free port, for the standby test:
 * made with {@code initdb} or as a streaming standby of another with {@code pg_basebackup -R}. PostgreSQL refuses to
 * run as root, so as root every command runs as the {@code postgres} user ({@code runuser}), which owns the directory.
 */
final class LocalPostgres implements AutoCloseable {
    private static final long COMMAND_SECONDS = 30;
    final Path dir;
    final int port;
    private final Path bin;
    private final Path base;

    private LocalPostgres(Path bin, Path base, String name, int port) {
        this.bin = bin;
        this.base = base;
        this.dir = base.resolve(name);
        this.port = port;
    }

    /** The newest PostgreSQL server binaries installed, if any. */
    static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    /** A new temporary directory for clusters, owned by the user PostgreSQL will run as; the caller deletes it. */
    static Path base() throws IOException {
        Path base = Files.createTempDirectory("repatria-standby");
        if (root()) {
            UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(base, users.lookupPrincipalByName("postgres"));
        }
        return base;
    }

    /** A new primary: initdb (superuser {@code repatria}, trust on loopback, replication allowed), started. */
    static LocalPostgres primary(Path bin, Path base) throws Exception {
        LocalPostgres pg = new LocalPostgres(bin, base, "primary", freePort());
        pg.run("initdb", "-D", pg.dir.toString(), "-U", "repatria", "-A", "trust", "--no-sync", "-E", "UTF8");
        pg.configure("wal_level = replica", "max_wal_senders = 4");
        pg.start();
        return pg;
    }

    /** A streaming standby of {@code primary}: pg_basebackup -R (which writes standby.signal and primary_conninfo), started. */
    static LocalPostgres standbyOf(LocalPostgres primary) throws Exception {
        LocalPostgres pg = new LocalPostgres(primary.bin, primary.base, "standby", freePort());
        pg.run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", "repatria",
                "-D", pg.dir.toString(), "-R", "-X", "stream", "-c", "fast");
        pg.configure();
        pg.start();
        return pg;
    }

    /** The JDBC URL of database {@code db} on this cluster. */
    String url(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db + "?user=repatria";
    }

    void promote() throws Exception {
        run("pg_ctl", "-D", dir.toString(), "promote", "-w", "-t", "30");
    }

    void stop() throws Exception {
        run("pg_ctl", "-D", dir.toString(), "stop", "-m", "fast", "-w", "-t", "30");
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(dir.resolve("postmaster.pid"))) {
            run("pg_ctl", "-D", dir.toString(), "stop", "-m", "immediate", "-w", "-t", "30");
        }
    }

    private void start() throws Exception {
        run("pg_ctl", "-D", dir.toString(), "-l", base.resolve(dir.getFileName() + ".log").toString(), "-w", "-t", "30", "start");
    }

    // Loopback only, this port, sockets beside the clusters (not in /var/run/postgresql, and not in a data directory
    // pg_basebackup copies), no fsync (a test).
    private void configure(String... more) throws Exception {
        List<String> lines = new ArrayList<>(List.of("port = " + port, "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + base + "'", "fsync = off"));
        lines.addAll(List.of(more));
        // Appended as this process: as root the file keeps its owner, postgres.
        Files.writeString(dir.resolve("postgresql.conf"), "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private void run(String command, String... args) throws Exception {
        List<String> line = new ArrayList<>();
        if (root()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.add(bin.resolve(command).toString());
        line.addAll(List.of(args));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
